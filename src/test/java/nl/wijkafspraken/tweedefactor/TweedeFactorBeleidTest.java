package nl.wijkafspraken.tweedefactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The decision on the factors that need no database: no login, a passkey without password, the IdP's MFA, a second
 * factor passed, and the demo accounts in the demo (and only there). Enrolment per role: TweedeFactorTest.
 */
class TweedeFactorBeleidTest {

    private final TweedeFactorBeleid inDeDemo = new TweedeFactorBeleid(null, null, new Demomodus(true, true));

    @Test
    void zonderFactorenIsHetGeenLoginVanDezeApp() {
        assertThat(inDeDemo.stand(null)).isEqualTo(Stand.GEEN_LOGIN);
        assertThat(inDeDemo.stand(new AnonymousAuthenticationToken("k", "anoniem",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))))).isEqualTo(Stand.GEEN_LOGIN);
        assertThat(inDeDemo.stand(login("jan", "ROLE_GEBRUIKER"))).isEqualTo(Stand.GEEN_LOGIN);
    }

    @Test
    void eenPasskeyZonderWachtwoordIsNogGeenLogin() {
        assertThat(inDeDemo.stand(login("jan", Factoren.PASSKEY))).isEqualTo(Stand.EERSTE_FACTOR_NODIG);
    }

    @Test
    void wachtwoordPlusTweedeFactorIsVoldaan() {
        assertThat(inDeDemo.stand(login("jan", Factoren.WACHTWOORD, Factoren.PASSKEY))).isEqualTo(Stand.VOLDAAN);
        assertThat(inDeDemo.stand(login("jan", Factoren.WACHTWOORD, Factoren.TOTP))).isEqualTo(Stand.VOLDAAN);
        assertThat(inDeDemo.stand(login("jan", Factoren.WACHTWOORD, Factoren.HERSTELCODE)))
                .isEqualTo(Stand.VOLDAAN);
    }

    @Test
    void deMfaVanDeIdentityProviderTeltAlsTweedeFactor() {
        assertThat(inDeDemo.stand(login("jan", FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY,
                Factoren.IDP_MFA))).isEqualTo(Stand.VOLDAAN);
        // Also when the SSO login puts it on as a plain authority.
        assertThat(inDeDemo.stand(new UsernamePasswordAuthenticationToken("jan", null,
                List.of(new SimpleGrantedAuthority(Factoren.IDP_MFA))))).isEqualTo(Stand.VOLDAAN);
    }

    @Test
    void deVijfDemoAccountsKomenInDeDemoBinnenMetAlleenHunWachtwoord() {
        for (var naam : List.of("beheerder", "ambtenaar", "secretaris", "wethouder", "bestuurslid", "Wethouder")) {
            assertThat(inDeDemo.stand(login(naam, Factoren.WACHTWOORD))).as(naam).isEqualTo(Stand.VOLDAAN);
        }
    }

    @Test
    void buitenDeDemoGeldtDeUitzonderingNiet() {
        assertThat(new Demomodus(false, true).isDemoAccount("beheerder")).isFalse();
        assertThat(new Demomodus(true, false).isDemoAccount("beheerder")).isFalse();
        assertThat(new Demomodus(true, true).isDemoAccount("beheerder2")).isFalse();
        assertThat(new Demomodus(true, true).isDemoAccount("beheerder")).isTrue();
    }

    private static UsernamePasswordAuthenticationToken login(String naam, String... factoren) {
        var lijst = new java.util.ArrayList<GrantedAuthority>();
        for (var f : factoren) {
            lijst.add(f.startsWith("FACTOR_") ? FactorGrantedAuthority.fromAuthority(f) : new SimpleGrantedAuthority(f));
        }
        return UsernamePasswordAuthenticationToken.authenticated(naam, null, lijst);
    }
}
