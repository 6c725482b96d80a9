package nl.wijkafspraken.ondertekening;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandtekeningbewijsRepository extends JpaRepository<Handtekeningbewijs, Long> {

    List<Handtekeningbewijs> findByRondeIdOrderByTijdstipAscIdAsc(long rondeId);
}
