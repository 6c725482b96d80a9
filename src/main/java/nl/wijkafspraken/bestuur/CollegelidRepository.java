package nl.wijkafspraken.bestuur;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CollegelidRepository extends JpaRepository<Collegelid, Long>, JpaSpecificationExecutor<Collegelid> {

    Optional<Collegelid> findByIdAndGemeenteId(long id, long gemeenteId);

    List<Collegelid> findByGemeenteIdAndIdIn(long gemeenteId, Collection<Long> ids);

    List<Collegelid> findByGemeenteIdOrderByRolAscNaamAsc(long gemeenteId);

    Optional<Collegelid> findFirstByGemeenteIdAndAccountIdOrderByPeriodeVanDesc(long gemeenteId, long accountId);

    /** Locks the member while its link changes, so that two confirmations cannot overtake each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Collegelid c where c.id = :id and c.gemeenteId = :gemeenteId")
    Optional<Collegelid> findForUpdate(@Param("id") long id, @Param("gemeenteId") long gemeenteId);
}
