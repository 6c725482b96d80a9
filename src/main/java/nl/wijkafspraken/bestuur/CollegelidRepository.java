package nl.wijkafspraken.bestuur;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CollegelidRepository extends JpaRepository<Collegelid, Long>, JpaSpecificationExecutor<Collegelid> {

    Optional<Collegelid> findByIdAndGemeenteId(long id, long gemeenteId);

    List<Collegelid> findByGemeenteIdAndIdIn(long gemeenteId, Collection<Long> ids);

    List<Collegelid> findByGemeenteIdOrderByRolAscNaamAsc(long gemeenteId);

    Optional<Collegelid> findFirstByGemeenteIdAndGebruikersnaamIgnoreCaseOrderByPeriodeVanDesc(long gemeenteId,
            String gebruikersnaam);
}
