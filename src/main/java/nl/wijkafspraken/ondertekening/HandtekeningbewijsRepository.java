package nl.wijkafspraken.ondertekening;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandtekeningbewijsRepository extends JpaRepository<Handtekeningbewijs, Long> {

    List<Handtekeningbewijs> findByRondeIdOrderByTijdstipAscIdAsc(long rondeId);

    /** The signature placed through an invitation (there is at most one: a used link cannot sign again). */
    Optional<Handtekeningbewijs> findFirstByUitnodigingIdOrderByIdAsc(long uitnodigingId);

    /** The last signature placed under a mandate (the gemeente's). */
    Optional<Handtekeningbewijs> findFirstByMandaatIdOrderByTijdstipDescIdDesc(long mandaatId);
}
