package nl.wijkafspraken.besluit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CollegevoorstelRepository extends JpaRepository<Collegevoorstel, Long>,
        JpaSpecificationExecutor<Collegevoorstel> {

    Optional<Collegevoorstel> findByIdAndGemeenteId(long id, long gemeenteId);

    List<Collegevoorstel> findByGemeenteIdAndIdIn(long gemeenteId, Collection<Long> ids);

    List<Collegevoorstel> findByGemeenteIdAndStatusOrderByZaaknummer(long gemeenteId, VoorstelStatus status);

    boolean existsByGemeenteIdAndZaaknummer(long gemeenteId, String zaaknummer);

    /** The voorstellen with a besluitpunt of this kind that names the target, newest first. */
    @Query(value = "select distinct c.* from collegevoorstel c join besluitpunt b on b.collegevoorstel_id = c.id "
            + "where c.gemeente_id = :gemeenteId and b.effect = :soort and :doelId = any(b.effect_doelen) "
            + "order by c.id desc", nativeQuery = true)
    List<Collegevoorstel> metEffectdoel(long gemeenteId, String soort, long doelId);
}
