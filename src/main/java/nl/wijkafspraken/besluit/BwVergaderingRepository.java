package nl.wijkafspraken.besluit;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BwVergaderingRepository extends JpaRepository<BwVergadering, Long> {

    Optional<BwVergadering> findByIdAndGemeenteId(long id, long gemeenteId);

    /**
     * Loads a meeting to change it, locking its row: the secretary's steps on one meeting (agenda, outcomes,
     * closing) happen one after the other, also when two people click at once.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from BwVergadering v where v.id = :id and v.gemeenteId = :gemeenteId")
    Optional<BwVergadering> vergrendel(@Param("id") long id, @Param("gemeenteId") long gemeenteId);

    Page<BwVergadering> findByGemeenteId(long gemeenteId, Pageable pageable);

    Page<BwVergadering> findByGemeenteIdAndStatus(long gemeenteId, VergaderingStatus status, Pageable pageable);

    List<BwVergadering> findByGemeenteIdAndStatusOrderByDatum(long gemeenteId, VergaderingStatus status);

    /** The planned meetings from the date on, soonest first, with the size of their agenda; one statement. */
    @Query("""
            select new nl.wijkafspraken.besluit.VolgendeVergadering(v.id, v.datum, size(v.agendapunten))
            from BwVergadering v
            where v.gemeenteId = :gemeenteId and v.status = nl.wijkafspraken.besluit.VergaderingStatus.GEPLAND
              and v.datum >= :vanaf
            order by v.datum
            """)
    List<VolgendeVergadering> komende(@Param("gemeenteId") long gemeenteId, @Param("vanaf") java.time.LocalDate vanaf,
            org.springframework.data.domain.Limit limit);

    boolean existsByGemeenteIdAndDatum(long gemeenteId, java.time.LocalDate datum);

    /** The meetings that have (or had) this voorstel on their agenda, oldest first. */
    @Query("""
            select v from BwVergadering v join v.agendapunten a
            where v.gemeenteId = :gemeenteId and a.collegevoorstelId = :voorstelId
            order by v.datum
            """)
    List<BwVergadering> metVoorstel(@Param("gemeenteId") long gemeenteId, @Param("voorstelId") long voorstelId);

    @Query("select v from BwVergadering v join v.agendapunten a where a.id = :agendapuntId")
    Optional<BwVergadering> metAgendapunt(@Param("agendapuntId") long agendapuntId);
}
