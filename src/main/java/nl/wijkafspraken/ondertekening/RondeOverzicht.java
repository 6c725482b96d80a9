package nl.wijkafspraken.ondertekening;

import nl.wijkafspraken.tweedefactor.Bevestigingsmethode;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A round as the civil servants see it: per party its status, the invitations with their state, the signatures and
 * the refusals with their reasons; and what the user may do (resend and withdraw, or sign for the gemeente).
 */
public record RondeOverzicht(long id, long afsprakenId, String titel, int versienummer, String documentHash,
        Rondestatus status, LocalDateTime gestartOp, String gestartDoor, LocalDateTime ingetrokkenOp,
        String intrekkingsreden, List<Partij> partijen, boolean magBeheren, boolean magNamensGemeenteTekenen) {

    public RondeOverzicht {
        partijen = List.copyOf(partijen);
    }

    public boolean isLopend() {
        return status == Rondestatus.LOPEND;
    }

    /**
     * A party with its invitations (none for the gemeente), signatures and refusals, and for a wijkoverleg the
     * SHA-256 of its sealed document once both parties signed (null before).
     */
    public record Partij(long id, Partijsoort soort, String naam, int vereist, Partijstatus status,
            LocalDateTime ondertekendOp, List<Uitnodigingregel> uitnodigingen, List<Handtekeningregel> handtekeningen,
            List<Weigeringregel> weigeringen, String verzegeldSha256) {

        public Partij {
            uitnodigingen = List.copyOf(uitnodigingen);
            handtekeningen = List.copyOf(handtekeningen);
            weigeringen = List.copyOf(weigeringen);
        }

        public boolean isGemeente() {
            return soort == Partijsoort.GEMEENTE;
        }
    }

    /** An invitation; {@code verlopen} when it is open but past its geldigheid. */
    public record Uitnodigingregel(long id, String naam, String functie, String email, Uitnodigingstatus status,
            boolean verlopen, boolean geblokkeerd, LocalDateTime verstuurdOp, LocalDateTime geldigTot,
            int herinneringen, boolean magOpnieuw) {
    }

    /** For the gemeente also the wethouder's step-up: how and when (null for a wijkoverleg). */
    public record Handtekeningregel(String naam, String getypteNaam, String functie, LocalDateTime tijdstip,
            String methode, String mandaat, Bevestigingsmethode bevestiging, LocalDateTime bevestigdOp) {
    }

    public record Weigeringregel(String naam, String reden, LocalDateTime tijdstip) {
    }
}
