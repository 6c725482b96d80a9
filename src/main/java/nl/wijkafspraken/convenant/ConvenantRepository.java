package nl.wijkafspraken.convenant;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** No delete method: nothing in the app deletes a convenant. */
interface ConvenantRepository extends Repository<Convenant, Long> {

    Convenant save(Convenant convenant);

    void flush();

    Optional<Convenant> findByIdAndGemeenteId(long id, long gemeenteId);

    List<Convenant> findByGemeenteIdOrderByDatumOndertekendAscTitelAsc(long gemeenteId);

    List<Convenant> findByGemeenteIdAndIdIn(long gemeenteId, Collection<Long> ids);

    /** Locked in id order, so that two withdrawals of overlapping lists cannot deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Convenant c where c.gemeenteId = :gemeenteId and c.id in :ids order by c.id")
    List<Convenant> findForUpdate(long gemeenteId, Collection<Long> ids);
}
