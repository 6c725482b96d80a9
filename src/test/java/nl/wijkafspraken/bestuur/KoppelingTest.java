package nl.wijkafspraken.bestuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The link between a college member and an account, with four eyes (issue 12): a BEHEERDER proposes, a second
 * person with SECRETARIS or BEHEERDER confirms; never the proposer, never the account that is or would be linked;
 * only accounts of the same gemeente; until confirmed nothing changes.
 */
@IntegratieTest
class KoppelingTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    CollegeService college;
    @Autowired
    JdbcTemplate jdbc;

    long gemeente;
    long lid;
    String beheerder;
    String secretaris;
    String wethouder;

    @BeforeEach
    void college() {
        gemeente = gegevens.gemeente().id();
        lid = college.registreer(gemeente, new CollegelidGegevens("Willemijn Wit", CollegeRol.WETHOUDER,
                List.of("participatie"), LocalDate.of(2022, 6, 1), null));
        beheerder = gegevens.account(gemeente, Rol.BEHEERDER);
        secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        wethouder = gegevens.account(gemeente, Rol.BESTUURDER);
    }

    private long id(String login) {
        return jdbc.queryForObject("select id from account where gebruikersnaam = ?", Long.class, login);
    }

    private Long gekoppeld() {
        return jdbc.queryForObject("select account_id from collegelid where id = ?", Long.class, lid);
    }

    private List<String> voorstellen(String status) {
        return jdbc.queryForList("select status from koppelingsvoorstel where collegelid_id = ? and status = ?",
                String.class, lid, status);
    }

    private MvcTestResult stelVoor(String wie, String accountId) {
        return mvc.post().uri("/college/" + lid + "/koppeling").with(user(wie)).with(csrf())
                .param("accountId", accountId).exchange();
    }

    private long openVoorstel() {
        return jdbc.queryForObject("select id from koppelingsvoorstel where collegelid_id = ? and status = 'OPEN'",
                Long.class, lid);
    }

    private MvcTestResult handelAf(String wie, String actie) {
        return mvc.post().uri("/college/koppelingsvoorstellen/" + openVoorstel() + "/" + actie).with(user(wie))
                .with(csrf()).exchange();
    }

    private List<String> audit() {
        return jdbc.queryForList("select actie || ': ' || samenvatting || ' [' || gebruikersnaam || ']' from audit_regel "
                + "where objecttype = 'Collegelid' and object_id = ? order by id", String.class, String.valueOf(lid));
    }

    @Test
    void eenVoorstelDoetNietsTotEenTweedePersoonHetBevestigt() {
        assertThat(stelVoor(beheerder, String.valueOf(id(wethouder)))).hasStatus3xxRedirection()
                .hasRedirectedUrl("/college");
        assertThat(gekoppeld()).as("nog niet bevestigd: niemand tekent via dit collegelid").isNull();
        assertThat(college.collegelidMetAccount(gemeente, id(wethouder))).isEmpty();

        // The college page shows it with the buttons to the second person, not to the one who proposed it.
        assertThat(mvc.get().uri("/college").with(user(secretaris))).hasStatusOk().bodyText()
                .contains("Koppelingen die wachten op bevestiging", "Test " + wethouder + " (" + wethouder + ")",
                        "/college/koppelingsvoorstellen/" + openVoorstel() + "/bevestigen");
        assertThat(mvc.get().uri("/college").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("U heeft dit zelf voorgesteld.")
                .doesNotContain("/college/koppelingsvoorstellen/" + openVoorstel() + "/bevestigen");

        assertThat(handelAf(secretaris, "bevestigen")).hasStatus3xxRedirection().flash().containsKey("melding");
        assertThat(gekoppeld()).isEqualTo(id(wethouder));
        assertThat(voorstellen("BEVESTIGD")).hasSize(1);
        assertThat(audit()).last().asString().startsWith("KOPPELING_BEVESTIGD")
                .contains("geen account → account " + wethouder + " (#" + id(wethouder) + ")",
                        "voorgesteld door " + beheerder, "bevestigd door " + secretaris, "[" + secretaris + "]");
        assertThat(audit()).anySatisfy(regel -> assertThat(regel).startsWith("KOPPELING_VOORGESTELD")
                .contains("geen account → account " + wethouder, "voorgesteld door " + beheerder));
    }

    @Test
    void wieVoorsteltBevestigtNiet() {
        stelVoor(beheerder, String.valueOf(id(wethouder)));

        assertThat(handelAf(beheerder, "bevestigen")).hasStatus3xxRedirection();
        assertThat(gekoppeld()).isNull();
        assertThat(voorstellen("OPEN")).hasSize(1);
        assertThat(mvc.get().uri("/college").with(user(beheerder))).bodyText()
                .contains("U heeft dit zelf voorgesteld. Een tweede persoon moet het bevestigen.");
    }

    @Test
    void hetGekoppeldeAccountSteltNietVoorEnBevestigtNiet() {
        // A BEHEERDER links himself: the attack of issue 12.
        assertThat(stelVoor(beheerder, String.valueOf(id(beheerder)))).hasStatusOk().bodyText()
                .contains("Het gaat om uw eigen account.");
        assertThat(voorstellen("OPEN")).isEmpty();

        // A secretaris confirms a proposal to link herself.
        stelVoor(beheerder, String.valueOf(id(secretaris)));
        assertThat(handelAf(secretaris, "bevestigen")).hasStatus3xxRedirection();
        assertThat(gekoppeld()).isNull();
        assertThat(voorstellen("OPEN")).hasSize(1);
        handelAf(gegevens.account(gemeente, Rol.SECRETARIS), "bevestigen");
        assertThat(gekoppeld()).isEqualTo(id(secretaris));

        // Linked now, she neither proposes nor confirms a change of her own link (her signing identity).
        var tweedeBeheerder = gegevens.account(gemeente, Rol.BEHEERDER);
        stelVoor(tweedeBeheerder, "");
        assertThat(handelAf(secretaris, "bevestigen")).hasStatus3xxRedirection();
        assertThat(gekoppeld()).isEqualTo(id(secretaris));
        assertThat(handelAf(beheerder, "bevestigen")).hasStatus3xxRedirection();
        assertThat(gekoppeld()).as("ontkoppeld na bevestiging door een tweede persoon").isNull();
    }

    @Test
    void deAanvalUitIssue12VeranderdNietsAanDeKoppeling() {
        besluitvorming.koppel(gemeente, lid, wethouder);
        var versie = jdbc.queryForObject("select versie from collegelid where id = ?", Long.class, lid);

        assertThat(mvc.post().uri("/college/" + lid + "/wijzigen").with(user(beheerder)).with(csrf())
                .param("naam", "Willemijn Wit").param("rol", "WETHOUDER").param("portefeuilles", "participatie")
                .param("periodeVan", "2022-06-01").param("gebruikersnaam", beheerder)
                .param("accountId", String.valueOf(id(beheerder))).param("versie", String.valueOf(versie)))
                .hasStatus3xxRedirection();
        assertThat(gekoppeld()).isEqualTo(id(wethouder));
    }

    @Test
    void vreemdEnOnbekendAccountKrijgenDezelfdeMelding() {
        var elders = gegevens.account(gegevens.gemeente().id(), Rol.BESTUURDER);
        var vreemd = stelVoor(beheerder, String.valueOf(id(elders)));
        var onbekend = stelVoor(beheerder, "999999999");
        var onzin = stelVoor(beheerder, "abc");

        for (var antwoord : List.of(vreemd, onbekend, onzin)) {
            assertThat(antwoord).hasStatusOk().bodyText().contains("Kies een account uit de lijst van deze gemeente.")
                    .doesNotContain(elders);
        }
        assertThat(voorstellen("OPEN")).isEmpty();
        assertThat(mvc.get().uri("/college/" + lid + "/koppeling").with(user(beheerder))).hasStatusOk().bodyText()
                .contains(wethouder, secretaris).doesNotContain(elders, "<option value=\"" + id(beheerder) + "\"");
    }

    @Test
    void alleenEenBeheerderStelVoorEnAlleenSecretarisOfBeheerderHandeltAf() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        assertThat(stelVoor(secretaris, String.valueOf(id(wethouder)))).hasStatus(403);
        assertThat(mvc.get().uri("/college/" + lid + "/koppeling").with(user(secretaris))).hasStatus(403);
        assertThat(stelVoor(wethouder, String.valueOf(id(wethouder)))).hasStatus(403);
        assertThat(voorstellen("OPEN")).isEmpty();

        stelVoor(beheerder, String.valueOf(id(wethouder)));
        assertThat(handelAf(ambtenaar, "bevestigen")).hasStatus(403);
        assertThat(handelAf(wethouder, "bevestigen")).hasStatus(403);
        assertThat(gekoppeld()).isNull();
        assertThat(voorstellen("OPEN")).hasSize(1);
    }

    @Test
    void andereGemeenteVindtCollegelidEnVoorstelNiet() {
        stelVoor(beheerder, String.valueOf(id(wethouder)));
        var andere = gegevens.gemeente().id();
        var vreemdeBeheerder = gegevens.account(andere, Rol.BEHEERDER);

        assertThat(mvc.get().uri("/college/" + lid + "/koppeling").with(user(vreemdeBeheerder))).hasStatus(404);
        assertThat(mvc.post().uri("/college/" + lid + "/koppeling").with(user(vreemdeBeheerder)).with(csrf())
                .param("accountId", String.valueOf(id(vreemdeBeheerder)))).hasStatus(404);
        assertThat(handelAf(vreemdeBeheerder, "bevestigen")).hasStatus(404);
        assertThat(handelAf(vreemdeBeheerder, "afwijzen")).hasStatus(404);
        assertThat(gekoppeld()).isNull();
        assertThat(voorstellen("OPEN")).hasSize(1);
    }

    @Test
    void afwijzenLaatDeKoppelingZoalsZeWasEnStaatInDeAudit() {
        besluitvorming.koppel(gemeente, lid, wethouder);
        var ander = gegevens.account(gemeente, Rol.BESTUURDER);
        stelVoor(beheerder, String.valueOf(id(ander)));
        assertThat(stelVoor(gegevens.account(gemeente, Rol.BEHEERDER), "")).hasStatusOk().bodyText()
                .contains("Voor dit collegelid wacht al een voorstel op bevestiging.");

        assertThat(handelAf(wethouder, "afwijzen")).as("een bestuurder handelt geen koppeling af")
                .hasStatus(403);
        assertThat(handelAf(secretaris, "afwijzen")).hasStatus3xxRedirection();
        assertThat(gekoppeld()).isEqualTo(id(wethouder));
        assertThat(voorstellen("AFGEWEZEN")).hasSize(1);
        assertThat(audit()).last().asString().startsWith("KOPPELING_AFGEWEZEN")
                .contains("account " + wethouder + " (#" + id(wethouder) + ") → account " + wethouder,
                        "voorgesteld: account " + ander, "voorgesteld door " + beheerder,
                        "afgewezen door " + secretaris);
    }

    @Test
    void wieGekoppeldIsWijzigtZijnCollegelidNiet() {
        var gekoppeldeBeheerder = gegevens.account(gemeente, Rol.BEHEERDER);
        besluitvorming.koppel(gemeente, lid, gekoppeldeBeheerder);
        var versie = jdbc.queryForObject("select versie from collegelid where id = ?", Long.class, lid);

        assertThat(mvc.post().uri("/college/" + lid + "/wijzigen").with(user(gekoppeldeBeheerder)).with(csrf())
                .param("naam", "Willemijn Wit").param("rol", "WETHOUDER").param("portefeuilles", "participatie")
                .param("periodeVan", "2022-06-01").param("periodeTot", "2030-12-31")
                .param("versie", String.valueOf(versie))).hasStatusOk().bodyText()
                .contains("Dit collegelid is aan uw eigen account gekoppeld.");
        assertThat(jdbc.queryForObject("select periode_tot from collegelid where id = ?", LocalDate.class, lid))
                .isNull();
    }
}
