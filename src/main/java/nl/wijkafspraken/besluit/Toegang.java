package nl.wijkafspraken.besluit;

import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.Rol;
import org.springframework.stereotype.Component;

/**
 * Who may do what in besluitvorming, always within the active gemeente: every medewerker reads; the AMBTENAAR
 * writes collegevoorstellen; the SECRETARIS runs the B&W-vergaderingen and records outcomes. A BESTUURSLID of a
 * wijkoverleg has no access (403).
 */
@Component
class Toegang {

    private final HuidigeGebruiker huidigeGebruiker;

    Toegang(HuidigeGebruiker huidigeGebruiker) {
        this.huidigeGebruiker = huidigeGebruiker;
    }

    Gebruiker lezer() {
        return huidigeGebruiker.medewerker();
    }

    Gebruiker schrijver() {
        var gebruiker = huidigeGebruiker.get();
        gebruiker.vereisRol(Rol.AMBTENAAR);
        return gebruiker;
    }

    Gebruiker secretaris() {
        var gebruiker = huidigeGebruiker.get();
        gebruiker.vereisRol(Rol.SECRETARIS);
        return gebruiker;
    }

    static boolean magSchrijven(Gebruiker gebruiker) {
        return gebruiker.heeftRol(Rol.AMBTENAAR);
    }

    static boolean isSecretaris(Gebruiker gebruiker) {
        return gebruiker.heeftRol(Rol.SECRETARIS);
    }
}
