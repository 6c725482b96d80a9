package nl.wijkafspraken.account;

import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;

/**
 * What the second factor needs to know of an active account, by its user name: its id, its name as stored, the
 * gemeenten it works in (for the audit trail) and the roles it holds in any of them (for the duty to enrol).
 */
public record Inlogprofiel(long accountId, String gebruikersnaam, String naam, Set<Long> gemeenteIds,
        Set<Rol> rollenOveral) {

    public Inlogprofiel {
        gemeenteIds = Set.copyOf(gemeenteIds);
        rollenOveral = Set.copyOf(rollenOveral);
    }
}
