package nl.wijkafspraken.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RolverzoekRepository extends JpaRepository<Rolverzoek, Long> {

    List<Rolverzoek> findByGemeenteIdAndStatusOrderByAangevraagdOpAscIdAsc(long gemeenteId, Rolverzoek.Status status);

    List<Rolverzoek> findByAccountIdAndGemeenteIdAndStatus(long accountId, long gemeenteId, Rolverzoek.Status status);

    /** Locks the request, so that a confirmation and a rejection at the same moment cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Rolverzoek v where v.id = :id and v.gemeenteId = :gemeenteId")
    Optional<Rolverzoek> findForUpdate(@Param("id") long id, @Param("gemeenteId") long gemeenteId);
}
