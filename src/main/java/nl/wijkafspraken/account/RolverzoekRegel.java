package nl.wijkafspraken.account;

import java.time.Instant;
import nl.wijkafspraken.gedeeld.Rol;

/**
 * An open request for BEHEERDER or BESTUURDER as the user list shows it, with whether the logged-in BEHEERDER may
 * confirm or reject it (and if not, the message key that says why).
 */
public record RolverzoekRegel(long id, long accountId, String gebruikersnaam, String naam, Rol rol,
        String aangevraagdDoor, Instant aangevraagdOp, boolean magBevestigen, boolean magAfwijzen,
        String waaromNiet) {
}
