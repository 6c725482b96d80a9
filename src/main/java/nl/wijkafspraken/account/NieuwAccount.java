package nl.wijkafspraken.account;

import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;

/** An account as the BEHEERDER enters it, with its roles in the active gemeente. */
public record NieuwAccount(String gebruikersnaam, String naam, String email, String wachtwoord, Set<Rol> rollen,
        Set<Long> wijkoverlegIds) {

    public NieuwAccount {
        rollen = rollen == null ? Set.of() : Set.copyOf(rollen);
        wijkoverlegIds = wijkoverlegIds == null ? Set.of() : Set.copyOf(wijkoverlegIds);
    }

    /** Leaves the password out, so that it never ends up in a log line. */
    @Override
    public String toString() {
        return "NieuwAccount[gebruikersnaam=" + gebruikersnaam + ", rollen=" + rollen + "]";
    }
}
