package nl.wijkafspraken.ondertekening;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * The typed name is the signature (issue 13, part 2): it must be the registered name, allowing for how people type —
 * case, accents and spacing ("bea  bakker" and "Béa Bakker" are Bea Bakker) — or the signer confirms explicitly that
 * they write their name otherwise ("B. Bakker-de Vries"). The evidence keeps the typed name, the registered name
 * and whether a different spelling was confirmed, so "Piet Puk" signing as Bea Bakker is either refused or on
 * record as a deliberate statement.
 */
final class Naamcontrole {

    private static final Pattern TEKENS = Pattern.compile("\\p{M}+");
    private static final Pattern WITRUIMTE = Pattern.compile("\\s+");

    private Naamcontrole() {
    }

    /** Equal after {@link #vergelijkbaar}: what a signer may type without confirming anything. */
    static boolean komtOvereen(String getypt, String geregistreerd) {
        return vergelijkbaar(getypt).equals(vergelijkbaar(geregistreerd));
    }

    /** NFD, combining marks removed, lower case, runs of white space as one space, trimmed. */
    static String vergelijkbaar(String naam) {
        var zonderTekens = TEKENS.matcher(Normalizer.normalize(naam, Normalizer.Form.NFD)).replaceAll("");
        return WITRUIMTE.matcher(zonderTekens.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Refuses a name that differs from the registered one unless the signer confirmed the other spelling; returns
     * whether such a confirmation is on record (false when the names match, whatever was ticked).
     */
    static boolean controleer(String getypt, String geregistreerd, boolean afwijkingBevestigd) {
        if (komtOvereen(getypt, geregistreerd)) {
            return false;
        }
        if (!afwijkingBevestigd) {
            throw DomeinregelException.voorVeld("naam", "ondertekening.naam.wijktAf", getypt.strip(), geregistreerd);
        }
        return true;
    }
}
