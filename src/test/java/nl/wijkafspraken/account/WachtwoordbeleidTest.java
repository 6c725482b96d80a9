package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules of ASVS 6.2, without Spring: length, the common-password list, personal words. */
class WachtwoordbeleidTest {

    private static final Wachtwoordbeleid BELEID = new Wachtwoordbeleid();

    private static void weigert(String wachtwoord, String berichtcode, String... persoonlijk) {
        assertThatThrownBy(() -> BELEID.controleer(wachtwoord, "wachtwoord", persoonlijk))
                .isInstanceOfSatisfying(DomeinregelException.class, e -> {
                    assertThat(e.getVeld()).isEqualTo("wachtwoord");
                    assertThat(e.getBerichtcode()).isEqualTo(berichtcode);
                });
    }

    private static void staatToe(String wachtwoord, String... persoonlijk) {
        assertThatCode(() -> BELEID.controleer(wachtwoord, "wachtwoord", persoonlijk)).doesNotThrowAnyException();
    }

    @Test
    void deLijstHeeftMinstensTienduizendWachtwoorden() {
        assertThat(BELEID.aantalVeelgebruikt()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void minstensTwaalfTekens() {
        weigert("kort-11-tkn", "account.wachtwoord.lengte");
        staatToe("net-12-tekns");
        weigert(null, "account.wachtwoord.lengte");
    }

    @Test
    void hoogstens128TekensEnElkTekenTeltAlsEen() {
        staatToe("lange zin ".repeat(12) + "en nog 8");
        weigert("x".repeat(60) + "lange zin ".repeat(7), "account.wachtwoord.lengte");
        // 12 accented letters are 24 bytes but 12 characters; BCrypt's 72-byte limit no longer applies.
        staatToe("éèëêáàäâóòöô");
        staatToe("ĳsvogel-ĳsbeer-".repeat(8).substring(0, 120));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "passwordpassword", "1q2w3e4r5t6y", "qazwsxedcrfv", "Wachtwoord123",
        "welkom01welkom01", "aaaaaaaaaaaa", "abcabcabcabc", "PASSWORD2026!!", "dragon123456"})
    void veelgebruikteWachtwoordenWordenGeweigerd(String wachtwoord) {
        weigert(wachtwoord, "account.wachtwoord.veelgebruikt");
    }

    @Test
    void geenSamenstellingsregels() {
        staatToe("alleen kleine letters en spaties");
        staatToe("wijkafspraken-demo");
        staatToe("test-wachtwoord-123");
    }

    @Test
    void gebruikersnaamNaamOfEmailalsWachtwoordWordtGeweigerd() {
        weigert("Jan.de.Vries-2026", "account.wachtwoord.persoonlijk", "jan.de.vries", "Jan de Vries", "jan@x.nl");
        weigert("jandevries!!!!", "account.wachtwoord.persoonlijk", "jdv", "Jan de Vries", null);
        weigert("gemeente-pietje-puk", "account.wachtwoord.persoonlijk", "pp", "P. Puk", "pietje-puk@aalsmeer.nl");
        staatToe("een-fietsbel-op-het-ijs", "jan", "Jan", "jan@x.nl");
    }
}
