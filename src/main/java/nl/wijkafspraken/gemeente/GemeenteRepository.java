package nl.wijkafspraken.gemeente;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GemeenteRepository extends JpaRepository<Gemeente, Long> {

    Optional<Gemeente> findByCode(String code);

    List<Gemeente> findAllByOrderByNaam();
}
