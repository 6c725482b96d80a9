package nl.wijkafspraken.bestuur;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * A proposed change of the account a college member is linked to (to none: {@code nieuwAccountId} null). The link
 * decides who may sign for the gemeente, so one person alone never sets it (issue 12: a BEHEERDER linked the
 * mandated wethouder to his own account and signed). A BEHEERDER proposes; a second person with SECRETARIS or
 * BEHEERDER confirms or rejects. Neither may be the account that is linked now or would be linked: nobody changes
 * their own signing identity. Until confirmed the proposal changes nothing.
 */
@Entity
class Koppelingsvoorstel {

    enum Status { OPEN, BEVESTIGD, AFGEWEZEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long gemeenteId;
    private Long collegelidId;
    private Long oudAccountId;
    private Long nieuwAccountId;
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;
    private Long voorgesteldDoor;
    private Instant voorgesteldOp;
    private Long afgehandeldDoor;
    private Instant afgehandeldOp;

    protected Koppelingsvoorstel() {
    }

    Koppelingsvoorstel(Collegelid lid, Long nieuwAccountId, long voorgesteldDoor, Instant voorgesteldOp) {
        if (Objects.equals(lid.getAccountId(), nieuwAccountId)) {
            throw DomeinregelException.voorVeld("accountId", "koppeling.ongewijzigd");
        }
        if (betreft(lid.getAccountId(), nieuwAccountId, voorgesteldDoor)) {
            throw DomeinregelException.voorVeld("accountId", "koppeling.eigen");
        }
        this.gemeenteId = lid.getGemeenteId();
        this.collegelidId = lid.getId();
        this.oudAccountId = lid.getAccountId();
        this.nieuwAccountId = nieuwAccountId;
        this.voorgesteldDoor = voorgesteldDoor;
        this.voorgesteldOp = voorgesteldOp;
    }

    /** The refusal (a message key) when this person may not confirm, or null when they may. */
    String waaromNietBevestigen(long accountId) {
        if (status != Status.OPEN) {
            return "koppeling.nietOpen";
        }
        if (accountId == voorgesteldDoor) {
            return "koppeling.zelfVoorgesteld";
        }
        if (betreft(oudAccountId, nieuwAccountId, accountId)) {
            return "koppeling.eigen";
        }
        return null;
    }

    /** The refusal when this person may not reject: the proposer may (that withdraws it), the accounts involved not. */
    String waaromNietAfwijzen(long accountId) {
        if (status != Status.OPEN) {
            return "koppeling.nietOpen";
        }
        return betreft(oudAccountId, nieuwAccountId, accountId) ? "koppeling.eigen" : null;
    }

    /** Confirms and links: the member must still have the link the proposal started from. */
    void bevestig(Collegelid lid, long accountId, Instant op) {
        weigerAls(waaromNietBevestigen(accountId));
        if (!lid.getId().equals(collegelidId) || !Objects.equals(lid.getAccountId(), oudAccountId)) {
            throw new DomeinregelException("koppeling.verouderd");
        }
        lid.koppel(nieuwAccountId);
        handelAf(Status.BEVESTIGD, accountId, op);
    }

    void wijsAf(long accountId, Instant op) {
        weigerAls(waaromNietAfwijzen(accountId));
        handelAf(Status.AFGEWEZEN, accountId, op);
    }

    private static boolean betreft(Long oud, Long nieuw, long accountId) {
        return Objects.equals(oud, accountId) || Objects.equals(nieuw, accountId);
    }

    private static void weigerAls(String berichtcode) {
        if (berichtcode != null) {
            throw new DomeinregelException(berichtcode);
        }
    }

    private void handelAf(Status nieuw, long door, Instant op) {
        this.status = nieuw;
        this.afgehandeldDoor = door;
        this.afgehandeldOp = op;
    }

    Long getId() {
        return id;
    }

    long getCollegelidId() {
        return collegelidId;
    }

    Long getOudAccountId() {
        return oudAccountId;
    }

    Long getNieuwAccountId() {
        return nieuwAccountId;
    }

    long getVoorgesteldDoor() {
        return voorgesteldDoor;
    }

    Instant getVoorgesteldOp() {
        return voorgesteldOp;
    }
}
