package nl.wijkafspraken.wijkoverleg;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * Issue 13, part 1, the attacks on signer identity through the register, over HTTP on PostgreSQL: a BESTUURSLID
 * account (which need not be tekenbevoegd itself) that adds a tekenbevoegd member with its own address, or moves the
 * voorzitter's address, only files a request; nothing changes until an AMBTENAAR who did not ask approves it. The
 * gemeente's own change is at once and is mailed to the old address and the other tekenbevoegden. The audit trail
 * keeps old and new values.
 */
@IntegratieTest
class BestuurswijzigingTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    WijkoverlegService wijkoverleggen;
    @Autowired
    AccountService accounts;
    @Autowired
    BestuurswijzigingService wijzigingen;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    long w;
    long bea;
    String bestuurslid;
    String ambtenaar;

    @BeforeEach
    void wijkoverlegMetTweeTekenbevoegden() {
        gemeente = gegevens.gemeente();
        w = wijkoverleggen.registreer(gemeente.id(), new WijkoverlegGegevens("Wijkoverleg Kern " + gemeente.id(),
                Set.of(gemeente.wijkNoord()), WijkoverlegStatus.ACTIEF, START, null, null, null, null, 1), List.of(
                lid("Bea Bakker", "bea@kern.example", Functie.VOORZITTER, true),
                lid("Cor Claassen", "cor@kern.example", Functie.SECRETARIS, true),
                lid("Dirk Dekker", "dirk@kern.example", Functie.LID, false)));
        bea = lidId("Bea Bakker");
        bestuurslid = gegevens.bestuurslid(gemeente.id(), w);
        ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
    }

    private static BestuurslidGegevens lid(String naam, String email, Functie functie, boolean tekenbevoegd) {
        return new BestuurslidGegevens(new Persoonsgegevens(naam, email, null), functie, START, tekenbevoegd);
    }

    private long lidId(String naam) {
        return jdbc.queryForObject("select id from bestuurslid where wijkoverleg_id = ? and naam = ? "
                + "and einddatum is null", Long.class, w, naam);
    }

    private Map<String, Object> rij(long id) {
        return jdbc.queryForMap("select naam, email, telefoon, functie, tekenbevoegd, einddatum, versie "
                + "from bestuurslid where id = ?", id);
    }

    private int bestuur() {
        return jdbc.queryForObject("select count(*) from bestuurslid where wijkoverleg_id = ?", Integer.class, w);
    }

    private List<Map<String, Object>> aanvragen() {
        return jdbc.queryForList("select * from bestuurswijziging where wijkoverleg_id = ? order by id", w);
    }

    private List<String> mailsAan() {
        return jdbc.queryForList("select aan from uitgaand_bericht where gemeente_id = ? order by aan", String.class,
                gemeente.id());
    }

    private String mailTekst(String aan) {
        return jdbc.queryForObject("select tekst from uitgaand_bericht where gemeente_id = ? and aan = ?",
                String.class, gemeente.id(), aan);
    }

    private List<String> audit(String actie) {
        return jdbc.queryForList("select samenvatting from audit_regel where gemeente_id = ? and actie = ? "
                + "order by id", String.class, gemeente.id(), actie);
    }

    private MockMvcRequestBuilder wijzigBea(String wie, String email, boolean tekenbevoegd) {
        return mvc.post().uri("/wijkoverleggen/" + w + "/bestuursleden/" + bea + "/wijzigen").with(user(wie))
                .with(csrf()).param("naam", "Bea Bakker").param("email", email).param("functie", "VOORZITTER")
                .param("startdatum", START.toString()).param("tekenbevoegd", String.valueOf(tekenbevoegd))
                .param("per", "2026-06-01").param("versie", rij(bea).get("versie").toString());
    }

    private MockMvcRequestBuilder nieuwLid(String wie, String naam, String email) {
        return mvc.post().uri("/wijkoverleggen/" + w + "/bestuursleden/nieuw").with(user(wie)).with(csrf())
                .param("naam", naam).param("email", email).param("functie", "LID").param("startdatum", "2026-05-01")
                .param("tekenbevoegd", "true");
    }

    private long openAanvraag() {
        return jdbc.queryForObject("select id from bestuurswijziging where wijkoverleg_id = ? and status = 'OPEN'",
                Long.class, w);
    }

    @Test
    void eenBestuurslidDatEenTekenbevoegdLidMetHetEigenAdresToevoegtDientAlleenEenVerzoekIn() {
        assertThat(nieuwLid(bestuurslid, "Piet Puk", bestuurslid + "@test.example")).hasStatus3xxRedirection()
                .flash().containsKey("melding");

        assertThat(bestuur()).as("no member added").isEqualTo(3);
        assertThat(wijkoverleggen.tekenbevoegdheid(gemeente.id(), w, LocalDate.of(2026, 6, 1)).orElseThrow()
                .tekenbevoegden()).extracting(Tekenbevoegdheid.Tekenbevoegde::naam)
                .containsExactlyInAnyOrder("Bea Bakker", "Cor Claassen");
        assertThat(aanvragen()).singleElement().satisfies(a -> {
            assertThat(a.get("status")).isEqualTo("OPEN");
            assertThat(a.get("bestuurslid_id")).isNull();
            assertThat(a.get("email")).isEqualTo(bestuurslid + "@test.example");
        });
        assertThat(mailsAan()).as("nothing mailed before approval").isEmpty();
        assertThat(audit("BESTUURSWIJZIGING_AANGEVRAAGD")).singleElement().asString()
                .contains("Nieuw bestuurslid Piet Puk", "wacht op goedkeuring",
                        "email: — → \"" + bestuurslid + "@test.example\"", "tekenbevoegd: — → ja");
        assertThat(mvc.get().uri("/wijkoverleggen/" + w).with(user(bestuurslid))).hasStatusOk().bodyText()
                .contains("Wijzigingen die wachten op goedkeuring", "Piet Puk (nieuw)",
                        "Wacht op goedkeuring door de gemeente");
    }

    @Test
    void eenBestuurslidDatHetAdresVanDeVoorzitterWijzigtVerandertNietsTotDeGemeenteGoedkeurt() {
        var voor = rij(bea);
        assertThat(wijzigBea(bestuurslid, "kaper@elders.example", true)).hasStatus3xxRedirection();

        assertThat(rij(bea)).isEqualTo(voor);
        var aanvraag = openAanvraag();
        assertThat(mailsAan()).isEmpty();

        // The review page shows the value now and the value asked for; approving carries it out.
        assertThat(mvc.get().uri("/wijkoverleggen/" + w + "/bestuurswijzigingen/" + aanvraag).with(user(ambtenaar)))
                .hasStatusOk().bodyText().contains("bea@kern.example", "kaper@elders.example", "(gewijzigd)");
        assertThat(mvc.post().uri("/wijkoverleggen/" + w + "/bestuurswijzigingen/" + aanvraag + "/bevestigen")
                .with(user(ambtenaar)).with(csrf())).hasStatus3xxRedirection();

        assertThat(rij(bea).get("email")).isEqualTo("kaper@elders.example");
        assertThat(jdbc.queryForObject("select status from bestuurswijziging where id = ?", String.class, aanvraag))
                .isEqualTo("GOEDGEKEURD");
        assertThat(mailsAan()).as("old address and the other tekenbevoegde")
                .containsExactly("bea@kern.example", "cor@kern.example");
        assertThat(mailTekst("bea@kern.example")).contains("E-mailadres: was bea@kern.example, is nu "
                + "kaper@elders.example", "aangevraagd door " + bestuurslid, "goedgekeurd door");
        assertThat(audit("BESTUURSLID_GEWIJZIGD")).singleElement().asString()
                .contains("email: \"bea@kern.example\" → \"kaper@elders.example\"");
        assertThat(audit("BESTUURSWIJZIGING_GOEDGEKEURD")).hasSize(1);
    }

    @Test
    void wieHetVerzoekIndienedeKeurtHetNietZelfGoedOokNietMetEenTweedeRol() {
        assertThat(wijzigBea(bestuurslid, "kaper@elders.example", true)).hasStatus3xxRedirection();
        var aanvraag = openAanvraag();
        var voor = rij(bea);

        // As a board member they cannot reach the approval at all.
        assertThat(mvc.post().uri("/wijkoverleggen/" + w + "/bestuurswijzigingen/" + aanvraag + "/bevestigen")
                .with(user(bestuurslid)).with(csrf())).hasStatus(403);
        // Given AMBTENAAR as well, still not their own request.
        accounts.kenRollenToe(bestuurslid, gemeente.id(), List.of(Rol.BESTUURSLID, Rol.AMBTENAAR), List.of(w));
        assertThat(mvc.get().uri("/wijkoverleggen/bestuurswijzigingen").with(user(bestuurslid))).hasStatusOk()
                .bodyText().contains("U vroeg deze wijziging zelf aan");
        assertThat(mvc.post().uri("/wijkoverleggen/" + w + "/bestuurswijzigingen/" + aanvraag + "/bevestigen")
                .with(user(bestuurslid)).with(csrf())).hasStatus3xxRedirection().flash().extractingByKey("melding")
                .asString().contains("bestuurswijziging.eigenVerzoek");

        assertThat(rij(bea)).isEqualTo(voor);
        assertThat(jdbc.queryForObject("select status from bestuurswijziging where id = ?", String.class, aanvraag))
                .isEqualTo("OPEN");
        assertThat(mailsAan()).isEmpty();
    }

    @Test
    void eenAfgewezenVerzoekLaatHetRegisterZoalsHetWas() {
        assertThat(nieuwLid(bestuurslid, "Piet Puk", "piet@elders.example")).hasStatus3xxRedirection();
        var aanvraag = openAanvraag();
        assertThat(mvc.post().uri("/wijkoverleggen/" + w + "/bestuurswijzigingen/" + aanvraag + "/afwijzen")
                .with(user(ambtenaar)).with(csrf())).hasStatus3xxRedirection();

        assertThat(bestuur()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select status from bestuurswijziging where id = ?", String.class, aanvraag))
                .isEqualTo("AFGEWEZEN");
        // Decided once: a second click changes nothing.
        assertThat(mvc.post().uri("/wijkoverleggen/" + w + "/bestuurswijzigingen/" + aanvraag + "/bevestigen")
                .with(user(ambtenaar)).with(csrf())).hasStatus3xxRedirection().flash().extractingByKey("melding")
                .asString().contains("bestuurswijziging.alAfgehandeld");
        assertThat(bestuur()).isEqualTo(3);
        assertThat(mailsAan()).isEmpty();
    }

    @Test
    void tweeAmbtenarenDieTegelijkGoedkeurenVoerenDeWijzigingEenKeerUit() throws Exception {
        assertThat(wijzigBea(bestuurslid, "kaper@elders.example", true)).hasStatus3xxRedirection();
        var aanvraag = openAanvraag();
        var tweede = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var start = new CountDownLatch(1);
        var uitkomsten = new ConcurrentLinkedQueue<String>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var wie : List.of(ambtenaar, tweede)) {
                pool.submit(() -> {
                    start.await();
                    try {
                        als(wie, () -> {
                            wijzigingen.keurGoed(w, aanvraag);
                            return null;
                        });
                        uitkomsten.add("goedgekeurd");
                    } catch (DomeinregelException e) {
                        uitkomsten.add(e.getBerichtcode());
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(uitkomsten).containsExactlyInAnyOrder("goedgekeurd", "bestuurswijziging.alAfgehandeld");
        assertThat(audit("BESTUURSLID_GEWIJZIGD")).hasSize(1);
        assertThat(mailsAan()).containsExactly("bea@kern.example", "cor@kern.example");
    }

    @Test
    void deWijzigingVanDeGemeenteGeldtMeteenEnGaatNaarHetOudeAdresEnDeAndereTekenbevoegden() {
        assertThat(wijzigBea(ambtenaar, "bea.nieuw@kern.example", true)).hasStatus3xxRedirection();

        assertThat(rij(bea).get("email")).isEqualTo("bea.nieuw@kern.example");
        assertThat(aanvragen()).isEmpty();
        assertThat(mailsAan()).containsExactly("bea@kern.example", "cor@kern.example");
        assertThat(mailTekst("cor@kern.example")).contains("Beste Cor Claassen", "Bestuurslid: Bea Bakker (voorzitter)",
                "E-mailadres: was bea@kern.example, is nu bea.nieuw@kern.example", "Herkent u deze wijziging niet?");
        assertThat(audit("BESTUURSLID_GEWIJZIGD")).singleElement().asString()
                .contains("door Test " + ambtenaar, "email: \"bea@kern.example\" → \"bea.nieuw@kern.example\"")
                .doesNotContain("naam:");
    }

    @Test
    void eenNieuwTekenbevoegdLidDoorDeGemeenteWordtGemeldAanDeZittendeTekenbevoegden() {
        assertThat(nieuwLid(ambtenaar, "Eva Evers", "eva@kern.example")).hasStatus3xxRedirection();

        assertThat(bestuur()).isEqualTo(4);
        assertThat(mailsAan()).containsExactly("bea@kern.example", "cor@kern.example");
        assertThat(mailTekst("bea@kern.example")).contains("Nieuw tekenbevoegd bestuurslid, met e-mailadres "
                + "eva@kern.example");
    }

    @Test
    void eenBestuurslidWijzigtGegevensZonderTekenbelangMeteenMetOudeEnNieuweWaardeInDeAudit() {
        var dirk = lidId("Dirk Dekker");
        assertThat(mvc.post().uri("/wijkoverleggen/" + w + "/bestuursleden/" + dirk + "/wijzigen")
                .with(user(bestuurslid)).with(csrf()).param("naam", "Dirk Dekker").param("email", "dirk@kern.example")
                .param("telefoon", "06-11112222").param("functie", "LID").param("startdatum", START.toString())
                .param("versie", "0")).hasStatus3xxRedirection();

        assertThat(rij(dirk).get("telefoon")).isEqualTo("06-11112222");
        assertThat(aanvragen()).isEmpty();
        assertThat(mailsAan()).isEmpty();
        assertThat(audit("BESTUURSLID_GEWIJZIGD")).singleElement().asString()
                .contains("telefoon: — → \"06-11112222\"");
    }

    @Test
    void eenTweedeVerzoekVoorHetzelfdeLidWachtOpHetEerste() {
        assertThat(wijzigBea(bestuurslid, "een@elders.example", true)).hasStatus3xxRedirection();
        assertThat(wijzigBea(bestuurslid, "twee@elders.example", true)).hasStatusOk().bodyText()
                .contains("Voor Bea Bakker wacht al een wijziging op goedkeuring");
        assertThat(aanvragen()).hasSize(1);
    }

    @Test
    void onjuisteInvoerBijEenVerzoekSlaatNietsOp() {
        assertThat(nieuwLid(bestuurslid, " ", "geen-adres")).hasStatusOk().bodyText()
                .contains("Vul de naam in.", "Vul een geldig e-mailadres in");
        // A new tekenbevoegdheid needs the date it takes effect, as the change itself would.
        assertThat(mvc.post().uri("/wijkoverleggen/" + w + "/bestuursleden/" + lidId("Dirk Dekker") + "/wijzigen")
                .with(user(bestuurslid)).with(csrf()).param("naam", "Dirk Dekker").param("email", "dirk@kern.example")
                .param("functie", "LID").param("startdatum", START.toString()).param("tekenbevoegd", "true")
                .param("versie", "0")).hasStatusOk().bodyText()
                .contains("Vul in vanaf wanneer de nieuwe functie of tekenbevoegdheid geldt.");
        assertThat(mvc.post().uri("/wijkoverleggen/" + w + "/bestuurswijzigingen/999999999/bevestigen")
                .with(user(ambtenaar)).with(csrf())).hasStatus(404);
        assertThat(mvc.get().uri("/wijkoverleggen/" + w + "/bestuurswijzigingen/999999999").with(user(ambtenaar)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/wijkoverleggen/" + w + "/bestuurswijzigingen/abc").with(user(ambtenaar)))
                .hasStatus4xxClientError();
        assertThat(aanvragen()).isEmpty();
        assertThat(bestuur()).isEqualTo(3);
    }

    @Test
    void eenAmbtenaarVanEenAndereGemeenteOfEenAnderBestuurKrijgtNietsTeZienEnVerandertNiets() {
        assertThat(wijzigBea(bestuurslid, "kaper@elders.example", true)).hasStatus3xxRedirection();
        var aanvraag = openAanvraag();
        var andereGemeente = gegevens.gemeente();
        var vreemdeAmbtenaar = gegevens.account(andereGemeente.id(), Rol.AMBTENAAR);
        var secretaris = gegevens.account(gemeente.id(), Rol.SECRETARIS);
        var anderWijkoverleg = gegevens.wijkoverleg(gemeente.id(), "Ander " + gemeente.id(),
                Set.of(gemeente.wijkZuid()));
        var anderBestuurslid = gegevens.bestuurslid(gemeente.id(), anderWijkoverleg);
        var pad = "/wijkoverleggen/" + w + "/bestuurswijzigingen/" + aanvraag;

        assertThat(mvc.get().uri(pad).with(user(vreemdeAmbtenaar))).hasStatus(404);
        assertThat(mvc.post().uri(pad + "/bevestigen").with(user(vreemdeAmbtenaar)).with(csrf())).hasStatus(404);
        assertThat(mvc.get().uri("/wijkoverleggen/bestuurswijzigingen").with(user(vreemdeAmbtenaar))).hasStatusOk()
                .bodyText().doesNotContain("Bea Bakker");
        // The wrong wijkoverleg in the address of this gemeente's own request: not found either.
        assertThat(mvc.get().uri("/wijkoverleggen/" + anderWijkoverleg + "/bestuurswijzigingen/" + aanvraag)
                .with(user(ambtenaar))).hasStatus(404);
        assertThat(mvc.get().uri(pad).with(user(secretaris))).hasStatus(403);
        assertThat(mvc.post().uri(pad + "/bevestigen").with(user(secretaris)).with(csrf())).hasStatus(403);
        assertThat(mvc.get().uri("/wijkoverleggen/bestuurswijzigingen").with(user(bestuurslid))).hasStatus(403);
        assertThat(mvc.post().uri(pad + "/afwijzen").with(user(anderBestuurslid)).with(csrf())).hasStatus(403);
        assertThat(nieuwLid(anderBestuurslid, "Piet Puk", "piet@elders.example")).hasStatus(404);
        assertThat(mvc.post().uri("/wijkoverleggen/" + w + "/bestuursleden/nieuw").with(user(bestuurslid)))
                .as("no CSRF token").hasStatus(403);

        assertThat(rij(bea).get("email")).isEqualTo("bea@kern.example");
        assertThat(aanvragen()).singleElement().extracting(a -> a.get("status")).isEqualTo("OPEN");
        assertThat(bestuur()).isEqualTo(3);
        assertThat(mailsAan()).isEmpty();
    }
}
