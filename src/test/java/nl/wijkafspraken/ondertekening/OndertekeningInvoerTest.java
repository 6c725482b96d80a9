package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.wijkoverleg.Functie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Bad input on every form of signing: a Dutch message next to the field, what was typed kept, nothing changed. */
@IntegratieTest
class OndertekeningInvoerTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningService ondertekening;
    @Autowired
    JdbcTemplate jdbc;

    Situatie s;

    @BeforeEach
    void situatie() {
        s = og.situatie();
    }

    private long start() {
        return als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
    }

    private int handtekeningen() {
        return jdbc.queryForObject("select count(*) from handtekening where gemeente_id = ?", Integer.class, s.id());
    }

    private int codePogingen() {
        return jdbc.queryForObject("select code_pogingen from ondertekening_uitnodiging where email = ?",
                Integer.class, s.noor());
    }

    @Test
    void eenLeegTekenformulierGeeftBijElkVeldEenMeldingEnVerbruiktDeCodeNiet() {
        start();
        var token = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(token);

        var antwoord = mvc.post().uri("/ondertekenen/" + token).with(csrf()).param("code", "").param("naam", " ")
                .exchange();

        assertThat(antwoord).hasStatusOk().bodyText().contains("Vul de code uit de e-mail in.",
                "Typ uw volledige naam.", "Vink aan dat u de tekst heeft gelezen en ondertekent.");
        assertThat(handtekeningen()).isZero();
        assertThat(codePogingen()).isZero();

        assertThat(mvc.post().uri("/ondertekenen/" + token).with(csrf()).param("code", "12a456")
                .param("naam", "N".repeat(151)).param("akkoord", "true")).hasStatusOk().bodyText()
                .contains("De code bestaat uit zes cijfers.", "Gebruik hoogstens 150 tekens voor uw naam.");
        assertThat(codePogingen()).isZero();
    }

    @Test
    void eenFouteCodeStaatBijHetCodeveldEnDeNaamBlijftStaan() throws Exception {
        start();
        var token = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(token);
        var fout = og.code(s.id(), s.noor()).equals("000000") ? "000 001" : "000 000";

        var antwoord = mvc.post().uri("/ondertekenen/" + token).with(csrf()).param("code", fout)
                .param("naam", "Noor Voorzitter").param("akkoord", "true").exchange();

        assertThat(antwoord).hasStatusOk().bodyText().contains("Deze code klopt niet. U kunt het nog 4 keer");
        assertThat(antwoord).bodyText().contains("Noor Voorzitter");
        assertThat(antwoord.getResponse().getContentAsString()).contains("id=\"code-fout\"")
                .contains("value=\"Noor Voorzitter\"");
        assertThat(codePogingen()).isEqualTo(1);
        assertThat(handtekeningen()).isZero();
    }

    @Test
    void weigerenZonderRedenOfMetEenFouteCode() throws Exception {
        start();
        var token = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(token);

        assertThat(mvc.post().uri("/ondertekenen/" + token + "/weigeren").with(csrf()).param("weigercode", "")
                .param("reden", "")).hasStatusOk().bodyText()
                .contains("Vul de code uit de e-mail in.", "Vul de reden in waarom u niet ondertekent.");
        var fout = og.code(s.id(), s.noor()).equals("000000") ? "111111" : "000000";
        var antwoord = mvc.post().uri("/ondertekenen/" + token + "/weigeren").with(csrf()).param("weigercode", fout)
                .param("reden", "Wij zijn het oneens.").exchange();
        assertThat(antwoord).hasStatusOk().bodyText().contains("Deze code klopt niet.", "Wij zijn het oneens.");
        assertThat(antwoord.getResponse().getContentAsString()).contains("id=\"weigercode-fout\"");
        assertThat(jdbc.queryForObject("select count(*) from ondertekening_weigering where email = ?", Integer.class,
                s.noor())).isZero();
    }

    @Test
    void codeAanvragenTeSnelAchterElkaarZegtHoeLangTeWachten() {
        start();
        var token = og.token(s.id(), s.noor());
        assertThat(mvc.post().uri("/ondertekenen/" + token + "/code").with(csrf())).hasStatus3xxRedirection();
        var tweede = mvc.post().uri("/ondertekenen/" + token + "/code").with(csrf()).exchange();
        assertThat(tweede).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/ondertekenen/" + token).flashAttrs(tweede.getMvcResult().getFlashMap())).hasStatusOk().bodyText()
                .contains("U heeft net een code gevraagd.");
        assertThat(og.mailsAan(s.id(), s.noor()).stream().filter(m -> m.onderwerp().startsWith("Uw code")))
                .hasSize(1);
    }

    @Test
    void intrekkenZonderRedenKanNiet() {
        var ronde = start();
        var antwoord = mvc.post().uri("/ondertekening/rondes/" + ronde + "/intrekken").with(user(s.ambtenaar()))
                .with(csrf()).param("reden", "  ").exchange();
        assertThat(antwoord).hasStatusOk().bodyText().contains("Vul de reden van de intrekking in.");
        assertThat(jdbc.queryForObject("select status from ondertekenronde where id = ?", String.class, ronde))
                .isEqualTo("LOPEND");
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde + "/intrekken").with(user(s.ambtenaar())))
                .hasStatusOk().bodyText().contains("Weet u zeker dat u de ondertekenronde");
    }

    @Test
    void eenRondeStartenZonderKeuzeOfVoorEenOngeschiktWijkoverleg() {
        assertThat(mvc.post().uri("/ondertekening/nieuw").with(user(s.ambtenaar())).with(csrf())
                .param("afsprakenId", "" + s.afspraken().id())).hasStatusOk().bodyText()
                .contains("Kies voor wie de ronde is.");
        assertThat(mvc.post().uri("/ondertekening/nieuw").with(user(s.ambtenaar())).with(csrf())
                .param("afsprakenId", "" + s.afspraken().id()).param("keuze", "<script>")).hasStatusOk().bodyText()
                .contains("Kies voor wie de ronde is.");
        var anderGemeente = og.situatie();
        assertThat(mvc.post().uri("/ondertekening/nieuw").with(user(s.ambtenaar())).with(csrf())
                .param("afsprakenId", "" + s.afspraken().id()).param("keuze", "" + anderGemeente.noord()))
                .hasStatusOk().bodyText().contains("Dit wijkoverleg kan deze versie niet (meer) ondertekenen");
        var zonderTekenbevoegde = og.wijkoverleg(s.id(), "Wijkoverleg Leeg " + s.id(),
                Set.of(s.gemeente().wijkNoord()), 1,
                Ondertekeningsgegevens.lid("Lid Zonder Bevoegdheid", "lid@leeg.example", Functie.LID, false));
        assertThat(mvc.post().uri("/ondertekening/nieuw").with(user(s.ambtenaar())).with(csrf())
                .param("afsprakenId", "" + s.afspraken().id()).param("keuze", "" + zonderTekenbevoegde))
                .hasStatusOk().bodyText().contains("heeft te weinig tekenbevoegde bestuursleden");
        assertThat(jdbc.queryForObject("select count(*) from ondertekenronde where gemeente_id = ?", Integer.class,
                s.id())).isZero();
        assertThat(og.mails(s.id())).isEmpty();
    }

    @Test
    void hetStartformulierToontDePartijenEnDeToetreders() {
        assertThat(mvc.get().uri("/ondertekening/nieuw").with(user(s.ambtenaar()))).hasStatusOk().bodyText()
                .contains("Alle partijen die nog moeten ondertekenen", "Alleen Wijkoverleg Noord",
                        "Alleen Wijkoverleg Zuid");
        var antwoord = mvc.post().uri("/ondertekening/nieuw").with(user(s.ambtenaar())).with(csrf())
                .param("afsprakenId", "" + s.afspraken().id()).param("keuze", "alle").exchange();
        assertThat(antwoord).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(antwoord.getResponse().getRedirectedUrl()).with(user(s.ambtenaar())))
                .hasStatusOk().bodyText().contains("Zara Voorzitter (voorzitter)", "Nog niet ondertekend",
                        "Ondertekenregel: twee tekenbevoegde bestuursleden tekenen.");
    }
}
