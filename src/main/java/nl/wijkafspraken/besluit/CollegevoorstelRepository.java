package nl.wijkafspraken.besluit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CollegevoorstelRepository extends JpaRepository<Collegevoorstel, Long>,
        JpaSpecificationExecutor<Collegevoorstel> {

    Optional<Collegevoorstel> findByIdAndGemeenteId(long id, long gemeenteId);

    List<Collegevoorstel> findByGemeenteIdAndIdIn(long gemeenteId, Collection<Long> ids);

    List<Collegevoorstel> findByGemeenteIdAndStatusOrderByZaaknummer(long gemeenteId, VoorstelStatus status);

    boolean existsByGemeenteIdAndZaaknummer(long gemeenteId, String zaaknummer);
}
