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
}
