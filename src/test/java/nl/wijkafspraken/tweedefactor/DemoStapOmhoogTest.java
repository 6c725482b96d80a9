package nl.wijkafspraken.tweedefactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * The step-up in the embedded demo, on PostgreSQL: the service as the demo run builds it (the test context itself
 * runs without demo data). The demo wethouder signs with "geen tweede factor (demo)"; any other account without a
 * second factor is refused, also in the demo.
 */
@IntegratieTest
class DemoStapOmhoogTest {

    @Autowired
    AccountService accounts;
    @Autowired
    Factorstatus status;
    @Autowired
    TotpSleutelRepository totpSleutels;
    @Autowired
    HerstelcodeRepository herstelcodes;
    @Autowired
    UserCredentialRepository passkeys;
    @Autowired
    Versleuteling versleuteling;
    @Autowired
    Factorbewaking bewaking;
    @Autowired
    Factorregistratie registratie;
    @Autowired
    Clock clock;
    @Autowired
    Testgegevens gegevens;

    private TweedeFactorService inDeDemo() {
        return new TweedeFactorService(accounts, status, totpSleutels, herstelcodes, passkeys, versleuteling, bewaking,
                registratie, new Demomodus(true, true), clock);
    }

    @AfterEach
    void uitloggen() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void deDemoWethouderTekentZonderTweedeFactorEnDatStaatErEerlijkBij() {
        var gemeente = gegevens.gemeente().id();
        if (!accounts.bestaat("wethouder")) {
            accounts.registreer("wethouder", "Willemijn Wethouder", "wethouder@demo.example", Testgegevens.WACHTWOORD,
                    gemeente, List.of(Rol.BESTUURDER), List.of());
        }
        alsIngelogd("wethouder");
        var bevestiging = inDeDemo().bevestigingVoorOndertekenen();
        assertThat(bevestiging.methode()).isEqualTo(Bevestigingsmethode.GEEN_DEMO);
        assertThat(inDeDemo().ondertekenfactor().demoAccount()).isTrue();
    }

    @Test
    void eenAnderAccountZonderTweedeFactorTekentOokInDeDemoNiet() {
        var naam = gegevens.account(gegevens.gemeente().id(), Rol.BESTUURDER);
        alsIngelogd(naam);
        assertThatThrownBy(() -> inDeDemo().bevestigingVoorOndertekenen()).isInstanceOf(DomeinregelException.class)
                .extracting(e -> ((DomeinregelException) e).getBerichtcode())
                .isEqualTo("tweedefactor.ondertekenen.geenFactor");
    }

    private static void alsIngelogd(String naam) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(naam, null,
                List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY))));
        SecurityContextHolder.setContext(context);
    }
}
