package nl.wijkafspraken.account;

import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;

/**
 * A change of name, e-mail and the roles in the active gemeente, in one go: so that either all of it is saved or,
 * when a rule refuses part of it, nothing. {@code versie} is the version the form was opened with.
 */
public record AccountWijziging(long versie, String naam, String email, Set<Rol> rollen, Set<Long> wijkoverlegIds) {

    public AccountWijziging {
        rollen = rollen == null ? Set.of() : Set.copyOf(rollen);
        wijkoverlegIds = wijkoverlegIds == null ? Set.of() : Set.copyOf(wijkoverlegIds);
    }
}
