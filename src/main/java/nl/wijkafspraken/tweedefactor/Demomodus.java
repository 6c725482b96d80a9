package nl.wijkafspraken.tweedefactor;

import java.util.Set;
import nl.wijkafspraken.account.Gebruikersnaam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded demo: demo data on the app's own embedded PostgreSQL (the same two properties that make
 * config/DemoData load it). There, and only there, the five demo accounts log in with their password alone. On a
 * configured database this is always off; there is no other switch.
 */
@Component
class Demomodus {

    /** The logins config/DemoData creates. */
    static final Set<String> DEMO_ACCOUNTS = Set.of("beheerder", "ambtenaar", "secretaris", "wethouder",
            "bestuurslid");

    private final boolean aan;

    Demomodus(@Value("${wijkafspraken.embedded-postgres.actief:false}") boolean embedded,
            @Value("${wijkafspraken.demo-data:false}") boolean demoData) {
        this.aan = embedded && demoData;
    }

    boolean isAan() {
        return aan;
    }

    boolean isDemoAccount(String gebruikersnaam) {
        return aan && gebruikersnaam != null && DEMO_ACCOUNTS.contains(Gebruikersnaam.normaliseer(gebruikersnaam));
    }
}
