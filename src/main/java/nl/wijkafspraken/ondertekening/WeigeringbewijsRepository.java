package nl.wijkafspraken.ondertekening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WeigeringbewijsRepository extends JpaRepository<Weigeringbewijs, Long> {

    List<Weigeringbewijs> findByPartijIdInOrderByTijdstipAsc(Collection<Long> partijIds);

    /** The refusal given through an invitation (at most one: a used link cannot refuse again). */
    Optional<Weigeringbewijs> findFirstByUitnodigingIdOrderByIdAsc(long uitnodigingId);
}
