package nl.wijkafspraken.wijkoverleg;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WijkoverlegRepository extends JpaRepository<Wijkoverleg, Long>, JpaSpecificationExecutor<Wijkoverleg> {

    Optional<Wijkoverleg> findByIdAndGemeenteId(long id, long gemeenteId);

    List<Wijkoverleg> findByGemeenteIdAndStatusOrderByNaam(long gemeenteId, WijkoverlegStatus status);

    List<Wijkoverleg> findByGemeenteIdOrderByNaam(long gemeenteId);

    boolean existsByGemeenteIdAndNaamIgnoreCaseAndIdNot(long gemeenteId, String naam, long id);
}
