package nl.wijkafspraken.ondertekening;

import java.time.LocalDateTime;
import java.util.List;
import nl.wijkafspraken.tweedefactor.Bevestigingsmethode;
import nl.wijkafspraken.zegel.VerzegeldDocument;

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
     * A party with its invitations (none for the gemeente), signatures and refusals, and for a wijkoverleg its
     * sealed document once both parties signed (null before), with its trusted time in Dutch time (null when the
     * seal has none).
     */
    public record Partij(long id, Partijsoort soort, String naam, int vereist, Partijstatus status,
            LocalDateTime ondertekendOp, List<Uitnodigingregel> uitnodigingen, List<Handtekeningregel> handtekeningen,
            List<Weigeringregel> weigeringen, VerzegeldDocument verzegeld, LocalDateTime vertrouwdeTijd) {

        public Partij {
            uitnodigingen = List.copyOf(uitnodigingen);
            handtekeningen = List.copyOf(handtekeningen);
            weigeringen = List.copyOf(weigeringen);
        }

        /** The SHA-256 of the sealed document, or null before it is sealed. */
        public String verzegeldSha256() {
            return verzegeld == null ? null : verzegeld.sha256();
        }

        public boolean isGemeente() {
            return soort == Partijsoort.GEMEENTE;
        }
    }

    /**
     * An invitation; {@code verlopen} when it is open but past its geldigheid; {@code vervallenOp} when it died
     * because the member's address changed (kept when a new invitation later replaced it; null otherwise).
     */
    public record Uitnodigingregel(long id, String naam, String functie, String email, Uitnodigingstatus status,
            boolean verlopen, boolean geblokkeerd, LocalDateTime verstuurdOp, LocalDateTime geldigTot,
            int herinneringen, boolean magOpnieuw, LocalDateTime vervallenOp) {
    }

    /**
     * A signature; {@code afwijkendeNaamBevestigd} when the signer confirmed typing their name otherwise; for the
     * gemeente also the wethouder's step-up: how and when (null for a wijkoverleg).
     */
    public record Handtekeningregel(String naam, String getypteNaam, String functie, LocalDateTime tijdstip,
            String methode, String mandaat, boolean afwijkendeNaamBevestigd, Bevestigingsmethode bevestiging,
            LocalDateTime bevestigdOp) {
    }

    public record Weigeringregel(String naam, String reden, LocalDateTime tijdstip) {
    }
}
