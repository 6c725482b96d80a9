package nl.wijkafspraken.bestuur;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface KoppelingsvoorstelRepository extends JpaRepository<Koppelingsvoorstel, Long> {

    List<Koppelingsvoorstel> findByGemeenteIdAndStatusOrderByVoorgesteldOpAscIdAsc(long gemeenteId,
            Koppelingsvoorstel.Status status);

    boolean existsByCollegelidIdAndStatus(long collegelidId, Koppelingsvoorstel.Status status);

    Optional<Koppelingsvoorstel> findByCollegelidIdAndStatus(long collegelidId, Koppelingsvoorstel.Status status);

    /** Locks the proposal, so that a confirmation and a rejection at the same moment cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Koppelingsvoorstel v where v.id = :id and v.gemeenteId = :gemeenteId")
    Optional<Koppelingsvoorstel> findForUpdate(@Param("id") long id, @Param("gemeenteId") long gemeenteId);
}
