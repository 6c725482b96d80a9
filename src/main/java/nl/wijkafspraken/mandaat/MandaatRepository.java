package nl.wijkafspraken.mandaat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MandaatRepository extends JpaRepository<Mandaat, Long>, JpaSpecificationExecutor<Mandaat> {

    Optional<Mandaat> findByIdAndGemeenteId(long id, long gemeenteId);

    boolean existsByBesluitpuntId(long besluitpuntId);

    List<Mandaat> findByCollegelidIdOrderByIngangsdatumDesc(long collegelidId);

    List<Mandaat> findByGemeenteIdOrderByIngangsdatumDesc(long gemeenteId);
}
