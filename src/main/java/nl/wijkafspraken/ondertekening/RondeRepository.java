package nl.wijkafspraken.ondertekening;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RondeRepository extends JpaRepository<Ronde, Long> {

    Optional<Ronde> findByIdAndGemeenteId(long id, long gemeenteId);

    boolean existsByIdAndGemeenteId(long id, long gemeenteId);

    List<Ronde> findByGemeenteIdOrderByGestartOpDescIdDesc(long gemeenteId);

    /**
     * Loads the round and locks its row until the transaction ends: every change in a round (a signature, a
     * refusal, a reminder, a resend, the withdrawal) waits for the one before and then sees its result.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Ronde r where r.id = :id")
    Optional<Ronde> findForUpdate(long id);

    /** The round of a link, by the hash of its token; nothing is loaded, so the lock can be taken first. */
    @Query("select u.partij.ronde.id from Uitnodiging u join u.links l where l = :tokenHash")
    Optional<Long> rondeVanLink(String tokenHash);

    @Query("select u.partij.ronde.id from Uitnodiging u where u.id = :uitnodigingId")
    Optional<Long> rondeVanUitnodiging(long uitnodigingId);

    /** Whether the wijkoverleg is in a running round for the version (the unique index guards it too). */
    @Query("select count(p) > 0 from Rondepartij p where p.versieId = :versieId and p.wijkoverlegId = :wijkoverlegId "
            + "and p.status = nl.wijkafspraken.ondertekening.Partijstatus.OPEN")
    boolean heeftOpenRonde(long versieId, long wijkoverlegId);

    /** Open invitations of running rounds that have not expired: the candidates for a reminder. */
    @Query("select u.id from Uitnodiging u where u.status = nl.wijkafspraken.ondertekening.Uitnodigingstatus.OPEN "
            + "and u.geldigTot > :nu and u.partij.ronde.status = nl.wijkafspraken.ondertekening.Rondestatus.LOPEND "
            + "order by u.id")
    List<Long> openUitnodigingen(Instant nu);

    /**
     * The running rounds of the gemeente whose gemeente party has not signed, oldest first: id, titel, versienummer,
     * started (for the wethouder's start page; one statement, the list is short).
     */
    @Query("select r.id, r.titel, r.versienummer, r.gestartOp from Rondepartij p join p.ronde r "
            + "where r.gemeenteId = :gemeenteId and r.status = nl.wijkafspraken.ondertekening.Rondestatus.LOPEND "
            + "and p.soort = nl.wijkafspraken.ondertekening.Partijsoort.GEMEENTE "
            + "and p.status = nl.wijkafspraken.ondertekening.Partijstatus.OPEN order by r.gestartOp, r.id")
    List<Object[]> wachtOpGemeente(long gemeenteId);

    /** The running rounds of the gemeente with their number of parties and of signed parties, newest first. */
    @Query("select new nl.wijkafspraken.ondertekening.Rondevoortgang(r.id, r.titel, r.versienummer, count(p), "
            + "sum(case when p.status = nl.wijkafspraken.ondertekening.Partijstatus.ONDERTEKEND then 1 else 0 end)) "
            + "from Ronde r join r.partijen p where r.gemeenteId = :gemeenteId "
            + "and r.status = nl.wijkafspraken.ondertekening.Rondestatus.LOPEND "
            + "group by r.id, r.titel, r.versienummer, r.gestartOp order by r.gestartOp desc, r.id desc")
    List<Rondevoortgang> voortgang(long gemeenteId);

    /**
     * Open invitations in running rounds of the gemeente whose link expires before {@code grens} (or has expired),
     * soonest first: ronde id, naam, partij, geldig tot.
     */
    @Query("select r.id, u.naam, p.naam, u.geldigTot from Uitnodiging u join u.partij p join p.ronde r "
            + "where r.gemeenteId = :gemeenteId and r.status = nl.wijkafspraken.ondertekening.Rondestatus.LOPEND "
            + "and u.status = nl.wijkafspraken.ondertekening.Uitnodigingstatus.OPEN and u.geldigTot < :grens "
            + "order by u.geldigTot, u.id")
    List<Object[]> verlopendeLinks(long gemeenteId, Instant grens);
}
