package nl.wijkafspraken.wijkoverleg;

import java.time.Instant;
import java.util.List;

/**
 * A request that waits for the gemeente, as lists and the review page show it.
 *
 * @param lid         the member concerned as the register has it now, or the new member's name
 * @param velden      every field with its value now and as asked; the changed ones are marked
 * @param magBeslissen whether this user may approve or reject it (an AMBTENAAR or BEHEERDER who did not ask)
 * @param waaromNiet  a message key saying why this user may not decide, or null
 */
public record BestuurswijzigingRegel(long id, long wijkoverlegId, String wijkoverleg, String lid, boolean nieuwLid,
        List<Veldwijziging> velden, String aangevraagdDoor, Instant aangevraagdOp, boolean magBeslissen,
        String waaromNiet) {

    public BestuurswijzigingRegel {
        velden = List.copyOf(velden);
    }

    public List<Veldwijziging> gewijzigd() {
        return velden.stream().filter(Veldwijziging::isGewijzigd).toList();
    }

    /** For the shared four-eyes buttons (fragments/forms :: vierogen). */
    public boolean isMagBevestigen() {
        return magBeslissen;
    }

    public boolean isMagAfwijzen() {
        return magBeslissen;
    }
}
