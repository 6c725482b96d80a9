package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signing flow through the real services on PostgreSQL: invitations per the ondertekenregel, code and signature,
 * the gemeente's signature, the report to the afspraken and the sealing module exactly once, the evidence, and the
 * single use of links (used, expired, replaced, withdrawn).
 */
@IntegratieTest
class OndertekeningTest {

    private static final Herkomst HERKOMST = new Herkomst("203.0.113.7", "Mozilla/5.0 (test)");

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningService ondertekening;
    @Autowired
    GemeenteOndertekening gemeenteOndertekening;
    @Autowired
    Versieteksten versieteksten;
    @Autowired
    PartijOndertekendOntvanger ontvanger;
    @Autowired
    TestKlok klok;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Eigenaar eigenaar;

    Situatie s;

    @BeforeEach
    void situatie() {
        s = og.situatie();
    }

    private long start() {
        return als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
    }

    /** Asks for a code through the link and signs with it, as the board member would. */
    private Ondertekend teken(String email) {
        var token = og.token(s.id(), email);
        ondertekening.vraagCodeAan(token);
        return ondertekening.onderteken(token, og.code(s.id(), email), "Getypte " + email, true, true, HERKOMST);
    }

    private String partijstatus(long rondeId, long wijkoverlegId) {
        return jdbc.queryForObject("select status from ondertekenronde_partij where ronde_id = ? "
                + "and wijkoverleg_id = ?", String.class, rondeId, wijkoverlegId);
    }

    private int ondertekendInAfspraken(long wijkoverlegId) {
        return jdbc.queryForObject("select count(*) from afspraken_ondertekening o join afspraken_deelname d "
                + "on d.id = o.deelname_id where d.wijkoverleg_id = ? and o.versie_id = ?", Integer.class,
                wijkoverlegId, s.afspraken().versieId());
    }

    @Test
    void eenRondeVoorAllePartijenNodigtDeTekenbevoegdenUitVolgensHunOndertekenregel() {
        var id = start();

        var ronde = als(s.ambtenaar(), () -> rondes.ronde(id));
        assertThat(ronde.partijen()).extracting(RondeOverzicht.Partij::soort, RondeOverzicht.Partij::vereist,
                        p -> p.uitnodigingen().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Partijsoort.GEMEENTE, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(Partijsoort.WIJKOVERLEG, 1, 1),
                        org.assertj.core.groups.Tuple.tuple(Partijsoort.WIJKOVERLEG, 2, 2));
        assertThat(ronde.documentHash()).isEqualTo(versieteksten.tekst(s.id(), s.afspraken().versieId()).sha256());
        for (var email : new String[] {s.noor(), s.zara(), s.zeno()}) {
            assertThat(og.mailsAan(s.id(), email)).singleElement().satisfies(mail -> {
                assertThat(mail.onderwerp()).startsWith("Uitnodiging: ondertekening Samenwerkingsafspraken");
                assertThat(mail.tekst()).contains("/ondertekenen/", "namens Wijkoverleg");
            });
        }
        assertThat(og.mails(s.id())).as("only the tekenbevoegden").hasSize(3);
        // Only the hashes of the links are stored.
        var token = og.token(s.id(), s.noor());
        assertThat(jdbc.queryForObject("select count(*) from ondertekening_link where token_hash = ?", Integer.class,
                Geheimen.tokenHash(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ondertekening_link where token_hash = ?", Integer.class,
                token)).isZero();
    }

    @Test
    void vanUitnodigingTotEenPartijDieAanBeideKantenIsOndertekendEnPreciesEenKeerWordtGemeld() {
        var wethouder = og.wethouderMetMandaat(s.id());
        var id = start();
        var tekst = versieteksten.tekst(s.id(), s.afspraken().versieId());

        var pagina = ondertekening.tekenpagina(og.token(s.id(), s.noor()));
        assertThat(pagina.document().sha256()).isEqualTo(tekst.sha256());
        assertThat(pagina.document().artikelen()).hasSize(2);
        assertThat(pagina.heeftCode()).isFalse();

        var uitkomst = teken(s.noor());
        assertThat(uitkomst.documentHash()).isEqualTo(tekst.sha256());
        assertThat(partijstatus(id, s.noord())).isEqualTo("ONDERTEKEND");
        assertThat(ontvanger.voorRonde(id)).as("the gemeente has not signed yet").isEmpty();

        als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(id, wethouder.naam(), true, false, HERKOMST);
            return null;
        });
        assertThat(ontvanger.voorRonde(id)).containsExactly(
                new PartijOndertekend(s.id(), id, s.afspraken().id(), s.afspraken().versieId(), s.noord()));
        await().atMost(Duration.ofSeconds(15)).until(() -> ondertekendInAfspraken(s.noord()) == 1);

        teken(s.zara());
        assertThat(partijstatus(id, s.zuid())).as("Zuid signs by two").isEqualTo("OPEN");
        teken(s.zeno());
        assertThat(partijstatus(id, s.zuid())).isEqualTo("ONDERTEKEND");
        assertThat(ontvanger.voorRonde(id)).hasSize(2).last().extracting(PartijOndertekend::wijkoverlegId)
                .isEqualTo(s.zuid());
        assertThat(jdbc.queryForObject("select status from ondertekenronde where id = ?", String.class, id))
                .isEqualTo("VOLTOOID");
        await().atMost(Duration.ofSeconds(15)).until(() -> ondertekendInAfspraken(s.zuid()) == 1);

        var handtekeningen = ondertekening.handtekeningen(s.id(), id, s.zuid());
        assertThat(handtekeningen).extracting(Handtekening::naam)
                .containsExactly("Zara Voorzitter", "Zeno Secretaris", "Wethouder " + wethouder.login());
        assertThat(handtekeningen).allSatisfy(h -> assertThat(h.documentHash()).isEqualTo(tekst.sha256()));
        assertThat(handtekeningen.getFirst()).extracting(Handtekening::functie, Handtekening::partij,
                        Handtekening::methode, Handtekening::mandaat)
                .containsExactly("voorzitter", jdbc.queryForObject("select naam from wijkoverleg where id = ?",
                        String.class, s.zuid()), "persoonlijke link en eenmalige code per e-mail", null);
        assertThat(handtekeningen.getLast().functie()).isEqualTo("wethouder");
        assertThat(handtekeningen.getLast().mandaat()).startsWith("mandaat '" + Ondertekeningsgegevens.SCOPE
                + "', verleend bij besluit B");
        assertThat(og.mailsAan(s.id(), s.zeno())).extracting(Ondertekeningsgegevens.Mail::onderwerp)
                .contains("Bevestiging: u heeft ondertekend");
    }

    @Test
    void hetBewijsLegtAllesVastEnKanNietWordenGewijzigdOfVerwijderd() {
        var id = start();
        teken(s.noor());

        var bewijs = jdbc.queryForMap("select * from handtekening where ronde_id = ?", id);
        assertThat(bewijs).containsEntry("naam", "Noor Voorzitter").containsEntry("getypte_naam", "Getypte " + s.noor())
                .containsEntry("email", s.noor()).containsEntry("functie", "voorzitter")
                .containsEntry("methode", "LINK_EN_EMAILCODE").containsEntry("ip_adres", "203.0.113.7")
                .containsEntry("user_agent", "Mozilla/5.0 (test)")
                .containsEntry("document_hash", versieteksten.tekst(s.id(), s.afspraken().versieId()).sha256());
        assertThat(bewijs.get("tijdstip")).isNotNull();

        assertThatThrownBy(() -> eigenaar.jdbc().update("update handtekening set naam = 'Iemand anders' where ronde_id = ?", id))
                .hasMessageContaining("bewijs");
        assertThatThrownBy(() -> eigenaar.jdbc().update("delete from handtekening where ronde_id = ?", id))
                .hasMessageContaining("bewijs");
        assertThat(jdbc.queryForObject("select naam from handtekening where ronde_id = ?", String.class, id))
                .isEqualTo("Noor Voorzitter");
    }

    @Test
    void eenGebruikteLinkWerktNietNogEensEnEenHerhaaldVerzoekGeeftGeenTweedeHandtekening() {
        var id = start();
        var token = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(token);
        var code = og.code(s.id(), s.noor());
        ondertekening.onderteken(token, code, "Noor", true, true, HERKOMST);

        assertThatThrownBy(() -> ondertekening.onderteken(token, code, "Noor", true, true, HERKOMST))
                .isInstanceOf(LinkOngeldigException.class);
        assertThatThrownBy(() -> ondertekening.tekenpagina(token)).isInstanceOf(LinkOngeldigException.class);
        assertThatThrownBy(() -> ondertekening.vraagCodeAan(token)).isInstanceOf(LinkOngeldigException.class);
        assertThat(jdbc.queryForObject("select count(*) from handtekening where ronde_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void eenLinkVerlooptNaVeertienDagen() {
        klok.op(LocalDate.of(2026, 6, 1), this::start);
        var token = og.token(s.id(), s.noor());

        klok.op(LocalDate.of(2026, 6, 14), () -> {
            assertThat(ondertekening.tekenpagina(token).geldigTot()).isEqualTo("2026-06-15T12:00");
            ondertekening.vraagCodeAan(token);
        });
        var code = og.code(s.id(), s.noor());
        klok.op(LocalDate.of(2026, 6, 15), () -> {
            assertThatThrownBy(() -> ondertekening.tekenpagina(token)).isInstanceOf(LinkOngeldigException.class);
            assertThatThrownBy(() -> ondertekening.onderteken(token, code, "Noor", true, true, HERKOMST))
                    .isInstanceOf(LinkOngeldigException.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from handtekening h join ondertekenronde r "
                + "on r.id = h.ronde_id where r.gemeente_id = ?", Integer.class, s.id())).isZero();
    }

    @Test
    void opnieuwUitnodigenMaaktDeOudeLinkOngeldigEnDeNieuweWerkt() {
        var id = start();
        var oud = og.token(s.id(), s.noor());
        var uitnodiging = als(s.ambtenaar(), () -> rondes.ronde(id)).partijen().stream()
                .filter(p -> !p.isGemeente() && p.vereist() == 1).findFirst().orElseThrow().uitnodigingen().getFirst();

        als(s.ambtenaar(), () -> {
            rondes.stuurOpnieuw(id, uitnodiging.id());
            return null;
        });

        var nieuw = og.token(s.id(), s.noor());
        assertThat(nieuw).isNotEqualTo(oud);
        assertThatThrownBy(() -> ondertekening.tekenpagina(oud)).isInstanceOf(LinkOngeldigException.class);
        teken(s.noor());
        assertThat(partijstatus(id, s.noord())).isEqualTo("ONDERTEKEND");
        assertThat(jdbc.queryForList("select u.status from ondertekening_uitnodiging u join ondertekenronde_partij p "
                + "on p.id = u.partij_id where p.ronde_id = ? and p.wijkoverleg_id = ? order by u.id", String.class,
                id, s.noord())).containsExactly("VERVANGEN", "ONDERTEKEND");
    }

    @Test
    void deCodeVanIemandAndersWerktNietOpMijnLink() {
        start();
        var zara = og.token(s.id(), s.zara());
        var zeno = og.token(s.id(), s.zeno());
        ondertekening.vraagCodeAan(zara);
        ondertekening.vraagCodeAan(zeno);
        var codeVanZeno = og.code(s.id(), s.zeno());
        var codeVanZara = og.code(s.id(), s.zara());

        if (!codeVanZeno.equals(codeVanZara)) {
            assertThatThrownBy(() -> ondertekening.onderteken(zara, codeVanZeno, "Zeno", true, true, HERKOMST))
                    .hasMessage("ondertekening.code.onjuist");
        }
        // Whoever holds Zara's link and code signs as Zara: the signer comes from the link, never from the form.
        ondertekening.onderteken(zara, codeVanZara, "Zeno Secretaris", true, true, HERKOMST);
        assertThat(jdbc.queryForObject("select naam || '/' || email from handtekening where email = ?",
                String.class, s.zara())).isEqualTo("Zara Voorzitter/" + s.zara());
        assertThat(jdbc.queryForObject("select count(*) from handtekening where email = ?", Integer.class,
                s.zeno())).isZero();
    }

    @Test
    void intrekkenDoodtAlleOpenLinksEnBerichtIedereenMetDeReden() {
        var id = start();
        teken(s.noor());
        var zara = og.token(s.id(), s.zara());

        als(s.ambtenaar(), () -> {
            rondes.trekIn(id, "De tekst bevat een fout in artikel 2.");
            return null;
        });

        assertThatThrownBy(() -> ondertekening.tekenpagina(zara)).isInstanceOf(LinkOngeldigException.class);
        for (var email : new String[] {s.noor(), s.zara(), s.zeno()}) {
            assertThat(og.mailsAan(s.id(), email).getLast()).satisfies(mail -> {
                assertThat(mail.onderwerp()).startsWith("Ondertekening ingetrokken");
                assertThat(mail.tekst()).contains("De tekst bevat een fout in artikel 2.");
            });
        }
        assertThat(partijstatus(id, s.noord())).as("signed before: stays signed").isEqualTo("ONDERTEKEND");
        assertThat(partijstatus(id, s.zuid())).isEqualTo("INGETROKKEN");
        assertThat(jdbc.queryForObject("select count(*) from handtekening where ronde_id = ?", Integer.class, id))
                .as("the evidence stays").isEqualTo(1);
        // A new round for the party that had not signed can start now.
        assertThat(als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null))).isGreaterThan(id);
    }

    @Test
    void eenTweedeRondeVoorDezelfdePartijenKanNietTerwijlDeEersteLoopt() {
        start();
        assertThatThrownBy(() -> als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null)))
                .hasMessage("ondertekening.start.niemand");
        assertThatThrownBy(() -> als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), s.zuid())))
                .hasMessage("ondertekening.start.alGestart");
    }

    @Test
    void eenNieuwWijkoverlegTreedtToeDoorTeOndertekenen() {
        var wethouder = og.wethouderMetMandaat(s.id());
        var nieuw = og.wijkoverleg(s.id(), "Wijkoverleg Nieuw " + s.id(), java.util.Set.of(s.gemeente().wijkNoord()),
                1, Ondertekeningsgegevens.lid("Nina Nieuw", "nina" + s.id() + "@nieuw.example",
                        nl.wijkafspraken.wijkoverleg.Functie.VOORZITTER, true));

        var id = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), nieuw));
        assertThat(als(s.ambtenaar(), () -> rondes.ronde(id)).partijen()).hasSize(2);
        teken("nina" + s.id() + "@nieuw.example");
        als(wethouder.login(), () -> {
            gemeenteOndertekening.onderteken(id, wethouder.naam(), true, false, HERKOMST);
            return null;
        });

        await().atMost(Duration.ofSeconds(15)).until(() -> ondertekendInAfspraken(nieuw) == 1);
        assertThat(jdbc.queryForObject("select count(*) from afspraken_deelname where wijkoverleg_id = ? "
                + "and afspraken_id = ?", Integer.class, nieuw, s.afspraken().id())).isEqualTo(1);
    }
}
