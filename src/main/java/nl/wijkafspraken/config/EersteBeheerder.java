package nl.wijkafspraken.config;

import java.util.List;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.gemeente.GemeenteService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A new installation on its own database has no accounts (demo data is for the embedded database only). When the
 * {@code wijkafspraken.eerste-beheerder.*} properties are set, this creates the first gemeente and its BEHEERDER
 * once; that BEHEERDER then creates everyone else in the app. The password comes from the environment, never from
 * the repository, and is never logged.
 */
@Component
class EersteBeheerder {

    private static final Log log = LogFactory.getLog(EersteBeheerder.class);
    private static final String PREFIX = "wijkafspraken.eerste-beheerder.";

    private final GemeenteService gemeenten;
    private final GemeenteRegister register;
    private final AccountService accounts;
    private final Environment environment;

    EersteBeheerder(GemeenteService gemeenten, GemeenteRegister register, AccountService accounts,
            Environment environment) {
        this.gemeenten = gemeenten;
        this.register = register;
        this.accounts = accounts;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        var gebruikersnaam = environment.getProperty(PREFIX + "gebruikersnaam");
        var wachtwoord = environment.getProperty(PREFIX + "wachtwoord");
        var gemeenteCode = environment.getProperty(PREFIX + "gemeente-code");
        var gemeenteNaam = environment.getProperty(PREFIX + "gemeente-naam");
        maakAan(gebruikersnaam, wachtwoord, gemeenteCode, gemeenteNaam);
    }

    /** Creates gemeente and BEHEERDER when all is given and the account does not exist yet. */
    boolean maakAan(String gebruikersnaam, String wachtwoord, String gemeenteCode, String gemeenteNaam) {
        if (!StringUtils.hasText(gebruikersnaam) || !StringUtils.hasText(wachtwoord)
                || !StringUtils.hasText(gemeenteCode) || !StringUtils.hasText(gemeenteNaam)
                || accounts.bestaat(gebruikersnaam)) {
            return false;
        }
        if (wachtwoord.length() < 12) {
            log.warn("Eerste beheerder niet aangemaakt: het wachtwoord moet minstens 12 tekens hebben");
            return false;
        }
        var gemeente = register.gemeenteMetCode(gemeenteCode)
                .orElseGet(() -> gemeenten.registreerGemeente(gemeenteCode, gemeenteNaam));
        try {
            accounts.registreer(gebruikersnaam, "Functioneel beheerder", null, wachtwoord, gemeente.id(),
                    List.of(Rol.BEHEERDER, Rol.AMBTENAAR), List.of());
        } catch (DomeinregelException geweigerd) {
            // A common password, or one holding the user name: the app still starts, and says why in the log.
            log.warn("Eerste beheerder niet aangemaakt: het wachtwoord voldoet niet aan de regels ("
                    + geweigerd.getBerichtcode() + ")");
            return false;
        }
        log.info("Eerste beheerder '" + gebruikersnaam + "' aangemaakt voor gemeente " + gemeente.naam());
        return true;
    }
}
