package nl.wijkafspraken.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of a user name that login, the account lookup, uniqueness and the failure count all use: NFKC (so
 * that compatibility look-alikes such as the long s {@code ſ} or full-width letters become the plain letter), then
 * lower case by the Unicode rules of {@link Locale#ROOT}. Before this the counter lower-cased in Java and the
 * database compared with {@code upper()}, so {@code ſecretaris} and {@code sısi} were other names to the counter
 * but the same account to the lookup, and got fresh guesses. Now a name is the same to both, or to neither.
 */
public final class Gebruikersnaam {

    private Gebruikersnaam() {
    }

    public static String normaliseer(String gebruikersnaam) {
        if (gebruikersnaam == null) {
            return "";
        }
        return Normalizer.normalize(gebruikersnaam.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
