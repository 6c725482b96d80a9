package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.wijkoverleg.BestuurslidGegevens;
import nl.wijkafspraken.wijkoverleg.BestuurswijzigingService;
import nl.wijkafspraken.wijkoverleg.Functie;
import nl.wijkafspraken.wijkoverleg.Persoonsgegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 13, parts 1 and 2, where they meet the signing flow: an invitation is bound to the address it was sent to
 * (a changed address voids it, at once for the gemeente's change and only on approval for a board member's), the
 * typed name must be the registered one or a confirmed other spelling, and the consent text and its version are kept
 * with the signature.
 */
@IntegratieTest
class OndertekenaarIdentiteitTest {

    private static final Herkomst HERKOMST = new Herkomst("203.0.113.9", "Mozilla/5.0 (identiteit)");

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningService ondertekening;
    @Autowired
    GemeenteOndertekening gemeenteOndertekening;
    @Autowired
    WijkoverlegService wijkoverleggen;
    @Autowired
    BestuurswijzigingService bestuurswijzigingen;
    @Autowired
    MessageSource berichten;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    Situatie s;
    long ronde;

    @BeforeEach
    void rondeLoopt() {
        s = og.situatie();
        ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
    }

    private long noor() {
        return jdbc.queryForObject("select id from bestuurslid where wijkoverleg_id = ? and functie = 'VOORZITTER'",
                Long.class, s.noord());
    }

    private long versie(long bestuurslid) {
        return jdbc.queryForObject("select versie from bestuurslid where id = ?", Long.class, bestuurslid);
    }

    private void wijzigAdresVanNoor(String wie, String adres) {
        var lid = noor();
        als(wie, () -> wijkoverleggen.wijzigBestuurslid(s.noord(), lid, versie(lid), new BestuurslidGegevens(
                new Persoonsgegevens("Noor Voorzitter", adres, null), Functie.VOORZITTER, LocalDate.of(2020, 1, 1),
                true), null));
    }

    private String uitnodigingstatus(String email) {
        return jdbc.queryForObject("select u.status from ondertekening_uitnodiging u join ondertekenronde_partij p "
                + "on p.id = u.partij_id where p.ronde_id = ? and u.email = ? order by u.id desc limit 1",
                String.class, ronde, email);
    }

    private int handtekeningen() {
        return jdbc.queryForObject("select count(*) from handtekening where ronde_id = ?", Integer.class, ronde);
    }

    @Test
    void eenGewijzigdAdresLaatDeOpenUitnodigingVervallenEnDeRondepaginaZegtHet() {
        var oudeLink = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(oudeLink);
        var code = og.code(s.id(), s.noor());

        wijzigAdresVanNoor(s.ambtenaar(), "noor.nieuw@noord.example");

        assertThat(uitnodigingstatus(s.noor())).isEqualTo("VERVALLEN");
        assertThat(jdbc.queryForList("select soort from ondertekening_gebeurtenis where ronde_id = ? and email = ? "
                + "order by id", String.class, ronde, s.noor()))
                .as("the round's events (evidence page)").endsWith("CODE_VERSTUURD", "VERVALLEN");
        assertThatThrownBy(() -> ondertekening.tekenpagina(oudeLink)).isInstanceOf(LinkOngeldigException.class);
        assertThatThrownBy(() -> ondertekening.onderteken(oudeLink, code, "Noor Voorzitter", true, false, HERKOMST))
                .isInstanceOf(LinkOngeldigException.class);
        assertThat(handtekeningen()).isZero();
        // The link gives the same 404 page as any other dead link.
        assertThat(mvc.get().uri("/ondertekenen/" + oudeLink)).hasStatus(404).bodyText()
                .contains(berichten.getMessage("ondertekening.ongeldig.titel", null, Locale.ROOT));

        var overzicht = als(s.ambtenaar(), () -> rondes.ronde(ronde));
        var regel = overzicht.partijen().stream().flatMap(p -> p.uitnodigingen().stream())
                .filter(u -> u.email().equals(s.noor())).findFirst().orElseThrow();
        assertThat(regel.status()).isEqualTo(Uitnodigingstatus.VERVALLEN);
        assertThat(regel.vervallenOp()).isNotNull();
        assertThat(regel.magOpnieuw()).isTrue();
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde).with(user(s.ambtenaar()))).hasStatusOk()
                .bodyText().contains("Uitnodiging vervallen: e-mailadres gewijzigd op", "Opnieuw uitnodigen");
        assertThat(jdbc.queryForList("select samenvatting from audit_regel where gemeente_id = ? and actie = "
                + "'UITNODIGING_VERVALLEN'", String.class, s.id())).singleElement().asString()
                .contains("Noor Voorzitter", "was " + s.noor());

        // Inviting anew goes to the new address, knowingly.
        als(s.ambtenaar(), () -> {
            rondes.stuurOpnieuw(ronde, regel.id());
            return null;
        });
        assertThat(og.token(s.id(), "noor.nieuw@noord.example")).isNotEqualTo(oudeLink);
        assertThat(uitnodigingstatus("noor.nieuw@noord.example")).isEqualTo("OPEN");
    }

    @Test
    void hetVerzoekVanEenBestuurslidLaatDeUitnodigingPasVervallenNaGoedkeuring() {
        var bestuurslid = gegevens.bestuurslid(s.id(), s.noord());
        wijzigAdresVanNoor(bestuurslid, "kaper@elders.example");

        assertThat(uitnodigingstatus(s.noor())).as("a request changes nothing").isEqualTo("OPEN");
        assertThat(ondertekening.tekenpagina(og.token(s.id(), s.noor())).naam()).isEqualTo("Noor Voorzitter");

        var aanvraag = jdbc.queryForObject("select id from bestuurswijziging where wijkoverleg_id = ?", Long.class,
                s.noord());
        als(s.ambtenaar(), () -> {
            bestuurswijzigingen.keurGoed(s.noord(), aanvraag);
            return null;
        });
        assertThat(uitnodigingstatus(s.noor())).isEqualTo("VERVALLEN");
    }

    @Test
    void pietPukTekentNietAlsNoorZonderDeAndereSchrijfwijzeTeBevestigen() {
        var link = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(link);
        var code = og.code(s.id(), s.noor());

        assertThatThrownBy(() -> ondertekening.onderteken(link, code, "Piet Puk", true, false, HERKOMST))
                .isInstanceOfSatisfying(DomeinregelException.class, e -> {
                    assertThat(e.getBerichtcode()).isEqualTo("ondertekening.naam.wijktAf");
                    assertThat(e.getVeld()).isEqualTo("naam");
                });
        assertThat(handtekeningen()).isZero();
        assertThat(jdbc.queryForObject("select code_pogingen from ondertekening_uitnodiging where email = ?",
                Integer.class, s.noor())).as("the code was not tried").isZero();

        ondertekening.onderteken(link, code, "Piet Puk", true, true, HERKOMST);

        var bewijs = jdbc.queryForMap("select naam, getypte_naam, afwijkende_naam_bevestigd from handtekening "
                + "where ronde_id = ?", ronde);
        assertThat(bewijs).containsEntry("naam", "Noor Voorzitter").containsEntry("getypte_naam", "Piet Puk")
                .containsEntry("afwijkende_naam_bevestigd", true);
        assertThat(jdbc.queryForList("select samenvatting from audit_regel where gemeente_id = ? and actie = "
                + "'ONDERTEKEND'", String.class, s.id())).singleElement().asString()
                .contains("getypte naam \"Piet Puk\", afwijkende schrijfwijze bevestigd");
        assertThat(mvc.get().uri("/ondertekening/rondes/" + ronde).with(user(s.ambtenaar()))).hasStatusOk()
                .bodyText().contains("getypte naam: Piet Puk (afwijkende schrijfwijze bevestigd)");
    }

    @Test
    void hoofdlettersAccentenEnSpatiesTellenNietEnDeToestemmingWordtBewaard() {
        var link = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(link);

        ondertekening.onderteken(link, og.code(s.id(), s.noor()), "  nóór   VOORZITTER ", true, false, HERKOMST);

        var bewijs = jdbc.queryForMap("select getypte_naam, afwijkende_naam_bevestigd, toestemmingstekst, "
                + "toestemmingsversie from handtekening where ronde_id = ?", ronde);
        var partij = jdbc.queryForObject("select naam from wijkoverleg where id = ?", String.class, s.noord());
        assertThat(bewijs).containsEntry("getypte_naam", "nóór   VOORZITTER")
                .containsEntry("afwijkende_naam_bevestigd", false)
                .containsEntry("toestemmingstekst", "Ik heb de tekst gelezen en onderteken deze namens " + partij + ".")
                .containsEntry("toestemmingsversie", sha256(berichten.getMessage("ondertekening.akkoord", null,
                        Locale.forLanguageTag("nl-NL"))));
    }

    @Test
    void ookDeWethouderTekentMetDeGeregistreerdeNaamEnDeToestemmingWordtBewaard() {
        var wethouder = og.wethouderMetMandaat(s.id());
        assertThatThrownBy(() -> als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(ronde, "Iemand Anders", true, false, HERKOMST);
            return null;
        })).isInstanceOfSatisfying(DomeinregelException.class,
                e -> assertThat(e.getBerichtcode()).isEqualTo("ondertekening.naam.wijktAf"));
        assertThat(handtekeningen()).isZero();

        als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(ronde, wethouder.naam().toUpperCase(Locale.ROOT), true, false, HERKOMST);
            return null;
        });
        var bewijs = jdbc.queryForMap("select afwijkende_naam_bevestigd, toestemmingstekst, toestemmingsversie "
                + "from handtekening where ronde_id = ?", ronde);
        assertThat(bewijs).containsEntry("afwijkende_naam_bevestigd", false)
                .containsEntry("toestemmingstekst", "Ik heb de tekst gelezen en onderteken deze namens Gemeente "
                        + s.gemeente().naam() + ".");
        assertThat(bewijs.get("toestemmingsversie").toString()).hasSize(64);
    }

    @Test
    void hetFormulierHoudtBijEenAfwijkendeNaamAllesVastEnBiedtDeBevestigingAan() {
        var link = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(link);
        var code = og.code(s.id(), s.noor());

        assertThat(mvc.post().uri("/ondertekenen/" + link).with(csrf()).param("code", code).param("naam", "Piet Puk")
                .param("akkoord", "true")).hasStatusOk().bodyText()
                .contains("U typte &quot;Piet Puk&quot;, maar u staat bij de gemeente geregistreerd als "
                        + "&quot;Noor Voorzitter&quot;", "Ik schrijf mijn naam anders dan &quot;Noor Voorzitter&quot;",
                        "value=\"" + code + "\"",
                        "value=\"Piet Puk\"");
        assertThat(handtekeningen()).isZero();

        assertThat(mvc.post().uri("/ondertekenen/" + link).with(csrf()).param("code", code).param("naam", "Piet Puk")
                .param("akkoord", "true").param("afwijkendeNaam", "true")).hasStatus3xxRedirection();
        assertThat(handtekeningen()).isEqualTo(1);
    }

    @Test
    void eenTeLangeOfLegeNaamWordtGeweigerdVoordatErIetsGebeurt() {
        var link = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(link);
        var code = og.code(s.id(), s.noor());
        assertThat(mvc.post().uri("/ondertekenen/" + link).with(csrf()).param("code", code).param("naam", "x".repeat(151))
                .param("akkoord", "true").param("afwijkendeNaam", "true")).hasStatusOk().bodyText()
                .contains("Gebruik hoogstens 150 tekens voor uw naam.");
        assertThat(mvc.post().uri("/ondertekenen/" + link).with(csrf()).param("code", code).param("naam", "   ")
                .param("akkoord", "true").param("afwijkendeNaam", "true")).hasStatusOk().bodyText()
                .contains("Typ uw volledige naam.");
        assertThat(handtekeningen()).isZero();
    }

    private static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
