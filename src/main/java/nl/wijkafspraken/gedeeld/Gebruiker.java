package nl.wijkafspraken.gedeeld;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The logged-in user within the active gemeente: only the roles and wijkoverleggen granted for that gemeente count.
 * Built per request from the database, so a role taken away takes effect at the next click.
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

    public boolean heeftRol(Rol... gevraagd) {
        return Arrays.stream(gevraagd).anyMatch(rollen::contains);
    }

    /** Refuses with 403 unless the user holds one of the roles in the active gemeente. */
    public void vereisRol(Rol... gevraagd) {
        if (!heeftRol(gevraagd)) {
            throw new GeenToegangException();
        }
    }

    /** Civil servants of the gemeente; they see and maintain everything of the active gemeente. */
    public boolean isMedewerker() {
        return heeftRol(Rol.BEHEERDER, Rol.AMBTENAAR, Rol.SECRETARIS, Rol.BESTUURDER);
    }

    /** A board member only reaches the wijkoverleggen they were granted. */
    public boolean isBestuurslidVan(long wijkoverlegId) {
        return rollen.contains(Rol.BESTUURSLID) && wijkoverlegIds.contains(wijkoverlegId);
    }
}
