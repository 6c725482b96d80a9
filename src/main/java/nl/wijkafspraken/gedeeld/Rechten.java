package nl.wijkafspraken.gedeeld;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one answer to "may this user do this, here?": services check with {@link #vereis} before they read or write,
 * controllers before they show a form, and templates ask {@code ${@rechten.mag('ACTIE')}} before they show a
 * button or link, so that the screen and the service cannot disagree. The roles come from the {@link Gebruiker} of
 * the active gemeente, so another gemeente's roles never count; the table itself is {@link Rechtenmatrix}.
 * Refusals are 403 ({@link GeenToegangException}); an object the user may not even read is "not found", which the
 * services decide with {@link #mag(Gebruiker, Actie, long)}.
 */
@Component("rechten")
public class Rechten {

    private final HuidigeGebruiker huidigeGebruiker;

    public Rechten(HuidigeGebruiker huidigeGebruiker) {
        this.huidigeGebruiker = huidigeGebruiker;
    }

    /** Whether the user may do this across the active gemeente (not only for their own wijkoverleg). */
    public static boolean mag(Gebruiker gebruiker, Actie actie) {
        return gebruiker.rollen().stream().anyMatch(rol -> Rechtenmatrix.bereik(rol, actie) == Bereik.GEMEENTE);
    }

    /**
     * Whether the user may do this for one wijkoverleg of the active gemeente: across the gemeente, or as the
     * board member of that wijkoverleg. The caller has found the wijkoverleg in the active gemeente.
     */
    public static boolean mag(Gebruiker gebruiker, Actie actie, long wijkoverlegId) {
        return mag(gebruiker, actie) || eigenWijkoverleggen(gebruiker, actie).contains(wijkoverlegId);
    }

    /** The wijkoverleggen the user may do this for as their own (empty when the user has no such role). */
    public static Set<Long> eigenWijkoverleggen(Gebruiker gebruiker, Actie actie) {
        return gebruiker.rollen().stream()
                .anyMatch(rol -> Rechtenmatrix.bereik(rol, actie) == Bereik.EIGEN_WIJKOVERLEG)
                        ? gebruiker.wijkoverlegIds() : Set.of();
    }

    /** Refuses with 403 unless the user may do this across the active gemeente. */
    public static Gebruiker vereis(Gebruiker gebruiker, Actie actie) {
        if (!mag(gebruiker, actie)) {
            throw new GeenToegangException();
        }
        return gebruiker;
    }

    /** Refuses with 403 unless the user may do this for the wijkoverleg. */
    public static Gebruiker vereis(Gebruiker gebruiker, Actie actie, long wijkoverlegId) {
        if (!mag(gebruiker, actie, wijkoverlegId)) {
            throw new GeenToegangException();
        }
        return gebruiker;
    }

    /** For the logged-in user; false without one. For templates: {@code ${@rechten.mag('AFSPRAKEN_BEHEREN')}}. */
    public boolean mag(Actie actie) {
        return huidigeGebruiker.find().map(g -> mag(g, actie)).orElse(false);
    }

    /** For the logged-in user and one wijkoverleg; false without a user. */
    public boolean mag(Actie actie, long wijkoverlegId) {
        return huidigeGebruiker.find().map(g -> mag(g, actie, wijkoverlegId)).orElse(false);
    }

    /** The logged-in user, when they may do this across the active gemeente; otherwise 403. */
    public Gebruiker vereis(Actie actie) {
        return vereis(huidigeGebruiker.get(), actie);
    }

    /** The logged-in user with a role in the active gemeente, whatever it is; otherwise 403. */
    public Gebruiker gebruiker() {
        return huidigeGebruiker.get();
    }
}
