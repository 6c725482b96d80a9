package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Bad input on the account forms: Dutch messages next to the field, what was typed stays, nothing is stored. */
@IntegratieTest
class AccountInvoerTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AccountService accountService;
    @Autowired
    JdbcTemplate jdbc;

    private AccountRijen rijen() {
        return new AccountRijen(jdbc);
    }

    private MockMvcRequestBuilder nieuw(String beheerder) {
        return mvc.post().uri("/beheer/accounts/nieuw").with(user(beheerder)).with(csrf());
    }

    @Test
    void legeVeldenGevenNederlandseMeldingen() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);

        assertThat(nieuw(beheerder).param("gebruikersnaam", "").param("naam", " ").param("email", "")
                .param("wachtwoord", "").param("_rollen", "on"))
                .hasStatusOk().bodyText().contains("Vul een gebruikersnaam in.", "Vul een naam in.",
                        "Vul een e-mailadres in.", "Kies een wachtwoord van minstens 12 en hoogstens 128 tekens.",
                        "Kies minstens één rol.", "aria-invalid=\"true\"", "veld--fout");
    }

    @Test
    void teLangeEnOngeldigeInvoerWordtGeweigerdEnBlijftStaan() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var gebruikersnaam = "lang-" + gemeente.id();

        assertThat(nieuw(beheerder).param("gebruikersnaam", gebruikersnaam).param("naam", "x".repeat(151))
                .param("email", "geen-adres").param("wachtwoord", "w".repeat(129)).param("rollen", "AMBTENAAR"))
                .hasStatusOk().bodyText().contains("Een naam heeft hoogstens 150 tekens.",
                        "Vul een geldig e-mailadres in", "hoogstens 128 tekens", "value=\"" + gebruikersnaam + "\"",
                        "value=\"geen-adres\"")
                .containsPattern(AccountBeheerTest.aangevinkt("rollen", "AMBTENAAR"))
                .doesNotContain("w".repeat(73));
        assertThat(nieuw(beheerder).param("gebruikersnaam", "met spatie").param("naam", "Naam")
                .param("email", "a@test.example").param("wachtwoord", "lang-genoeg-wachtwoord")
                .param("rollen", "AMBTENAAR"))
                .hasStatusOk().bodyText().contains("Gebruik in de gebruikersnaam alleen letters");
        assertThat(accountService.bestaat(gebruikersnaam)).isFalse();
    }

    @Test
    void dubbeleGebruikersnaamWordtGeweigerdOokMetAndereHoofdletters() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var bestaand = gegevens.account(gegevens.gemeente().id(), Rol.AMBTENAAR);

        assertThat(nieuw(beheerder).param("gebruikersnaam", bestaand.toUpperCase()).param("naam", "Dubbel")
                .param("email", "d@test.example").param("wachtwoord", "lang-genoeg-wachtwoord")
                .param("rollen", "AMBTENAAR"))
                .hasStatusOk().bodyText().contains("De gebruikersnaam " + bestaand.toUpperCase() + " is al in gebruik.",
                        "value=\"Dubbel\"")
                .doesNotContain("lang-genoeg-wachtwoord");
        assertThat(jdbc.queryForObject("select count(*) from account where lower(gebruikersnaam) = ?", Long.class,
                bestaand)).isEqualTo(1);
    }

    @Test
    void kortWachtwoordWordtGeweigerdEnNietOpgeslagen() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var id = rijen().id(ambtenaar);
        var voor = rijen().account(id);

        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/wachtwoord").with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(rijen().versie(id))).param("wachtwoord", "te-kort"))
                .hasStatusOk().bodyText()
                .contains("Kies een wachtwoord van minstens 12", "value=\"Test " + ambtenaar + "\"")
                .doesNotContain("te-kort");
        assertThat(rijen().account(id)).isEqualTo(voor);
    }

    @Test
    void bestuurslidZonderWijkoverlegWordtGeweigerd() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var gebruikersnaam = "zonder-" + gemeente.id();

        assertThat(nieuw(beheerder).param("gebruikersnaam", gebruikersnaam).param("naam", "Zonder Wijkoverleg")
                .param("email", "z@test.example").param("wachtwoord", "lang-genoeg-wachtwoord")
                .param("rollen", "BESTUURSLID"))
                .hasStatusOk().bodyText()
                .contains("Kies bij de rol Bestuurslid wijkoverleg minstens één wijkoverleg.");
        assertThat(accountService.bestaat(gebruikersnaam)).isFalse();
    }

    @Test
    void scriptInNaamWordtAlsTekstGetoond() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var gebruikersnaam = "script-" + gemeente.id();
        var naam = "<script>alert('x')</script>";

        assertThat(nieuw(beheerder).param("gebruikersnaam", gebruikersnaam).param("naam", naam)
                .param("email", "s@test.example").param("wachtwoord", "lang-genoeg-wachtwoord")
                .param("rollen", "AMBTENAAR")).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/beheer/accounts").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(naam);
        assertThat(mvc.get().uri("/beheer/accounts/" + rijen().id(gebruikersnaam)).with(user(beheerder)))
                .hasStatusOk().bodyText().doesNotContain(naam);
    }

    @Test
    void verouderdeVersieGeeftConflictEnWijzigtNiets() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var id = rijen().id(ambtenaar);
        var voor = rijen().account(id);
        var oud = String.valueOf(rijen().versie(id) + 7);

        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerder)).with(csrf()).param("versie", oud)
                .param("naam", "Mijn Wijziging").param("email", "w@test.example").param("rollen", "SECRETARIS"))
                .hasStatusOk().bodyText().contains("Iemand anders heeft dit intussen gewijzigd",
                        "value=\"Mijn Wijziging\"")
                .containsPattern(AccountBeheerTest.aangevinkt("rollen", "SECRETARIS"))
                .doesNotContainPattern(AccountBeheerTest.aangevinkt("rollen", "AMBTENAAR"));
        assertThat(mvc.post().uri("/beheer/accounts/" + id + "/wachtwoord").with(user(beheerder)).with(csrf())
                .param("versie", oud).param("wachtwoord", "lang-genoeg-wachtwoord"))
                .hasStatusOk().bodyText().contains("Iemand anders heeft dit intussen gewijzigd");
        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerder)).with(csrf())
                .param("versie", "geen-getal").param("naam", "Mijn Wijziging").param("email", "w@test.example")
                .param("rollen", "SECRETARIS"))
                .hasStatusOk().bodyText().contains("Iemand anders heeft dit intussen gewijzigd");

        assertThat(rijen().account(id)).isEqualTo(voor);
        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " AMBTENAAR");
    }

    @Test
    void onbekendeRolWordtGeweigerd() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var id = rijen().id(ambtenaar);

        assertThat(mvc.post().uri("/beheer/accounts/" + id).with(user(beheerder)).with(csrf())
                .param("versie", String.valueOf(rijen().versie(id))).param("naam", "Test " + ambtenaar)
                .param("email", ambtenaar + "@test.example").param("rollen", "KEIZER"))
                .hasStatusOk().bodyText().contains("Kies een rol uit de lijst.");
        assertThat(rijen().rollen(id)).containsExactly(gemeente.id() + " AMBTENAAR");
    }
}
