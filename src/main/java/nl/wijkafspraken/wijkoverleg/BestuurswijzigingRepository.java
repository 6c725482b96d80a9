package nl.wijkafspraken.wijkoverleg;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BestuurswijzigingRepository extends JpaRepository<Bestuurswijziging, Long> {

    List<Bestuurswijziging> findByGemeenteIdAndStatusOrderByAangevraagdOpAscIdAsc(long gemeenteId,
            Bestuurswijzigingstatus status);

    List<Bestuurswijziging> findByWijkoverlegIdAndGemeenteIdAndStatusOrderByAangevraagdOpAscIdAsc(long wijkoverlegId,
            long gemeenteId, Bestuurswijzigingstatus status);

    Optional<Bestuurswijziging> findByIdAndWijkoverlegIdAndGemeenteId(long id, long wijkoverlegId, long gemeenteId);

    /** For a decision: two civil servants deciding at once wait for each other; the second finds it decided. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Bestuurswijziging b where b.id = :id and b.wijkoverlegId = :wijkoverlegId"
            + " and b.gemeenteId = :gemeenteId")
    Optional<Bestuurswijziging> findForUpdate(long id, long wijkoverlegId, long gemeenteId);

    boolean existsByBestuurslidIdAndStatus(long bestuurslidId, Bestuurswijzigingstatus status);
}
