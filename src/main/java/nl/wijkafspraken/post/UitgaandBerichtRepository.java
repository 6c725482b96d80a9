package nl.wijkafspraken.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UitgaandBerichtRepository extends JpaRepository<UitgaandBericht, Long> {

    Page<UitgaandBericht> findByGemeenteId(long gemeenteId, Pageable pageable);

    Page<UitgaandBericht> findByGemeenteIdAndStatusIn(long gemeenteId, List<Verzendstatus> statussen,
            Pageable pageable);

    Optional<UitgaandBericht> findByIdAndGemeenteId(long id, long gemeenteId);

    /**
     * Locks a message that is still to be delivered, or gives nothing when it is not open any more or someone else
     * (the after-commit delivery, the retry job, another instance) holds it: so no message is sent twice.
     */
    @Query(value = """
            select * from uitgaand_bericht
            where id = :id and status in ('NIEUW', 'MISLUKT')
            for update skip locked""", nativeQuery = true)
    Optional<UitgaandBericht> claim(@Param("id") long id);

    /**
     * Messages for the retry job: failed ones whose last attempt is before {@code voor}, and new ones stored before
     * it whose after-commit delivery was lost (a restart in between).
     */
    @Query("""
            select b.id from UitgaandBericht b
            where (b.status = nl.wijkafspraken.post.Verzendstatus.MISLUKT and b.laatstePoging < :voor)
               or (b.status = nl.wijkafspraken.post.Verzendstatus.NIEUW and b.aangemaakt < :voor)
            order by b.id""")
    List<Long> teHerhalen(@Param("voor") Instant voor, Limit limit);
}
