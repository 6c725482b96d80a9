package nl.wijkafspraken.afspraken;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AfsprakenRepository extends JpaRepository<Afspraken, Long> {

    Optional<Afspraken> findByIdAndGemeenteId(long id, long gemeenteId);

    List<Afspraken> findByGemeenteIdOrderByIdDesc(long gemeenteId);

    /**
     * Loads for a change and locks the row until the transaction ends: changes to the same afspraken (an edit, an
     * effect of a besluit, a signature) wait for each other and then see each other's result.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Afspraken a where a.id = :id and a.gemeenteId = :gemeenteId")
    Optional<Afspraken> findForUpdate(long id, long gemeenteId);

    @Query("select v.afspraken.id from Versie v where v.id = :versieId and v.afspraken.gemeenteId = :gemeenteId")
    Optional<Long> afsprakenIdVanVersie(long versieId, long gemeenteId);

    @Query("select v from Versie v where v.id in :ids and v.afspraken.gemeenteId = :gemeenteId")
    List<Versie> versies(Collection<Long> ids, long gemeenteId);

    @Query("select v.nummer from Versie v where v.besluitpuntId = :besluitpuntId")
    Optional<Integer> versienummerVastgesteldBij(long besluitpuntId);
}
