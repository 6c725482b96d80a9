package nl.wijkafspraken.gedeeld;

import java.util.List;
import java.util.Set;

/**
 * The logged-in user within the active gemeente: only the roles and wijkoverleggen granted for that gemeente count.
 * Built per request from the database, so a role taken away takes effect at the next click. What the user may do
 * with these roles is decided by {@link Rechten}.
 */
public record Gebruiker(
        long accountId,
        String gebruikersnaam,
        String naam,
        long gemeenteId,
        String gemeenteNaam,
        Set<Rol> rollen,
        Set<Long> wijkoverlegIds,
        List<GemeenteKeuze> gemeenten) {

    public Gebruiker {
        rollen = Set.copyOf(rollen);
        wijkoverlegIds = Set.copyOf(wijkoverlegIds);
        gemeenten = List.copyOf(gemeenten);
    }
}
