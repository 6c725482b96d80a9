package nl.wijkafspraken.ondertekening;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WeigeringbewijsRepository extends JpaRepository<Weigeringbewijs, Long> {

    List<Weigeringbewijs> findByPartijIdInOrderByTijdstipAsc(Collection<Long> partijIds);
}
