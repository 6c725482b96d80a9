package nl.wijkafspraken.gemeente;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WijkRepository extends JpaRepository<Wijk, Long> {

    List<Wijk> findByGemeenteIdOrderByNaam(long gemeenteId);

    List<Wijk> findByGemeenteIdAndIdIn(long gemeenteId, Collection<Long> ids);

    Optional<Wijk> findByIdAndGemeenteId(long id, long gemeenteId);

    boolean existsByGemeenteIdAndNaamIgnoreCaseAndIdNot(long gemeenteId, String naam, long id);
}
