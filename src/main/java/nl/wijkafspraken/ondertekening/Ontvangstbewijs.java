package nl.wijkafspraken.ondertekening;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the personal link shows once it has been used: when the board member signed (or refused), where the
 * signature of their wijkoverleg and of the gemeente stands, and what they can download. About other people it
 * holds only the names and functions of those who signed the same agreement (the co-signers of the wijkoverleg and
 * the gemeente's signer), as the sealed document will show them; never an e-mail address, IP address or reason.
 *
 * @param tijdstip        when they signed or refused
 * @param reden           their own reason for refusing, or null
 * @param sha256          the SHA-256 of the text they signed (of the text put to them when they refused)
 * @param vereist         how many board members have to sign for the wijkoverleg (its ondertekenregel)
 * @param ondertekenaars  who signed for the wijkoverleg in this round, them included, oldest first
 * @param gemeente        who signed for the gemeente, or null while the gemeente has not signed
 * @param ingetrokken     the round was withdrawn before the wijkoverleg had signed: it no longer counts
 * @param verzegeldSha256 the sealed document of the wijkoverleg and the gemeente, once there is one, else null
 * @param verzegeldeIdentificatie that document's public identifier (its own verification page), else null
 */
public record Ontvangstbewijs(Afzender afzender, String naam, String functie, String partij, boolean geweigerd,
        LocalDateTime tijdstip, String reden, String titel, int versienummer, String besluit, String sha256,
        Partijstatus partijstatus, int vereist, List<Ondertekenaar> ondertekenaars, Ondertekenaar gemeente,
        boolean ingetrokken, String verzegeldSha256, UUID verzegeldeIdentificatie) implements Tekenlink {

    public Ontvangstbewijs {
        ondertekenaars = List.copyOf(ondertekenaars);
    }

    /** One who signed: name and function only. */
    public record Ondertekenaar(String naam, String functie, LocalDateTime tijdstip) {
    }

    public boolean wijkoverlegOndertekend() {
        return partijstatus == Partijstatus.ONDERTEKEND;
    }

    /** How many signatures of the wijkoverleg are still missing while it is open (0 once it has signed). */
    public int nogNodig() {
        return Math.max(0, vereist - ondertekenaars.size());
    }

    public boolean isVerzegeld() {
        return verzegeldSha256 != null;
    }
}
