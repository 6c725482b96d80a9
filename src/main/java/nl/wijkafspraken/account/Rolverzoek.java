package nl.wijkafspraken.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Set;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Rol;

/**
 * A request to grant BEHEERDER or BESTUURDER to an account in one gemeente. These two roles reach the user
 * management and the gemeente's signature, so one BEHEERDER alone never grants them (issue 12): the request waits
 * until a second person (a BEHEERDER or the SECRETARIS), neither the one who asked nor the account itself, confirms
 * it.
 */
@Entity
class Rolverzoek {

    /** The roles that need a second person before they take effect. */
    static final Set<Rol> VIER_OGEN = Set.of(Rol.BEHEERDER, Rol.BESTUURDER);

    enum Status { OPEN, BEVESTIGD, AFGEWEZEN, INGETROKKEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private Long gemeenteId;
    @Enumerated(EnumType.STRING)
    private Rol rol;
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;
    private Long aangevraagdDoor;
    private Instant aangevraagdOp;
    private Long afgehandeldDoor;
    private Instant afgehandeldOp;

    protected Rolverzoek() {
    }

    Rolverzoek(long accountId, long gemeenteId, Rol rol, long aangevraagdDoor, Instant aangevraagdOp) {
        if (!VIER_OGEN.contains(rol)) {
            throw new IllegalArgumentException("Alleen " + VIER_OGEN + " wachten op een tweede persoon");
        }
        if (accountId == aangevraagdDoor) {
            throw DomeinregelException.voorVeld("rollen", "account.rollen.eigen");
        }
        this.accountId = accountId;
        this.gemeenteId = gemeenteId;
        this.rol = rol;
        this.aangevraagdDoor = aangevraagdDoor;
        this.aangevraagdOp = aangevraagdOp;
    }

    /** Whether this person may confirm: a second person, and not the account that would get the role. */
    boolean magBevestigen(long beheerderId) {
        return status == Status.OPEN && beheerderId != aangevraagdDoor && beheerderId != accountId;
    }

    /** Whether this person may reject: anyone but the account itself (the requester rejecting withdraws it). */
    boolean magAfwijzen(long beheerderId) {
        return status == Status.OPEN && beheerderId != accountId;
    }

    void bevestig(long beheerderId, Instant op) {
        if (status != Status.OPEN) {
            throw new DomeinregelException("rolverzoek.nietOpen");
        }
        if (beheerderId == accountId) {
            throw new DomeinregelException("rolverzoek.eigenAccount");
        }
        if (beheerderId == aangevraagdDoor) {
            throw new DomeinregelException("rolverzoek.zelfAangevraagd");
        }
        handelAf(Status.BEVESTIGD, beheerderId, op);
    }

    void wijsAf(long beheerderId, Instant op) {
        if (status != Status.OPEN) {
            throw new DomeinregelException("rolverzoek.nietOpen");
        }
        if (beheerderId == accountId) {
            throw new DomeinregelException("rolverzoek.eigenAccount");
        }
        handelAf(Status.AFGEWEZEN, beheerderId, op);
    }

    /** The BEHEERDER unticked the role on the account's form before anyone confirmed it. */
    void trekIn(long beheerderId, Instant op) {
        handelAf(Status.INGETROKKEN, beheerderId, op);
    }

    private void handelAf(Status nieuw, long door, Instant op) {
        this.status = nieuw;
        this.afgehandeldDoor = door;
        this.afgehandeldOp = op;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    long getGemeenteId() {
        return gemeenteId;
    }

    Rol getRol() {
        return rol;
    }

    Status getStatus() {
        return status;
    }

    long getAangevraagdDoor() {
        return aangevraagdDoor;
    }

    Instant getAangevraagdOp() {
        return aangevraagdOp;
    }
}
