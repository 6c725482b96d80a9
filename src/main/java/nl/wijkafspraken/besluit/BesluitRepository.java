package nl.wijkafspraken.besluit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface BesluitRepository extends JpaRepository<Besluit, Long>, JpaSpecificationExecutor<Besluit> {

    Optional<Besluit> findByIdAndGemeenteId(long id, long gemeenteId);

    Optional<Besluit> findByCollegevoorstelId(long collegevoorstelId);

    List<Besluit> findByAgendapuntIdIn(Collection<Long> agendapuntIds);
}
