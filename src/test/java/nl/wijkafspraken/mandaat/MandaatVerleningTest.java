package nl.wijkafspraken.mandaat;

import static nl.wijkafspraken.support.Besluitvorming.SCOPE;
import static nl.wijkafspraken.support.Besluitvorming.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import nl.wijkafspraken.besluit.BesluitService;
import nl.wijkafspraken.besluit.Effect;
import nl.wijkafspraken.besluit.MandaatVerlenenOpgedragen;
import nl.wijkafspraken.besluit.Uitkomst;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The effect "mandaat verlenen": carried out exactly once when the college decides, also when the event comes
 * again (redelivery, a restart after a crash, the secretary handing out effects again), never on afgewezen or
 * aangehouden, and always traceable to its besluit and besluitpunt.
 */
@IntegratieTest
class MandaatVerleningTest {

    private static final Duration WACHTTIJD = Duration.ofSeconds(15);
    private static final LocalDate VERGADERDATUM = LocalDate.of(2026, 5, 4);

    @Autowired
    Testgegevens gegevens;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    MandaatVerlening verlening;
    @Autowired
    MandaatService mandaten;
    @Autowired
    BesluitService besluiten;
    @Autowired
    IncompleteEventPublications onvoltooid;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactie;

    long gemeente;
    String ambtenaar;
    String secretaris;
    long wethouder;

    @BeforeEach
    void gemeenteMetCollege() {
        gemeente = gegevens.gemeente().id();
        ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
        wethouder = besluitvorming.wethouder(gemeente, "Wethouder Test");
    }

    private long besluitpunt(long voorstelId, int volgorde) {
        return jdbc.queryForObject("select id from besluitpunt where collegevoorstel_id = ? and volgorde = ?",
                Long.class, voorstelId, volgorde);
    }

    private int mandatenVoor(long besluitpuntId) {
        return jdbc.queryForObject("select count(*) from mandaat where besluitpunt_id = ?", Integer.class,
                besluitpuntId);
    }

    private void wachtOpUitvoering(long besluitpuntId) {
        await().atMost(WACHTTIJD).until(() -> jdbc.queryForObject(
                "select count(*) from uitgevoerd_effect where besluitpunt_id = ?", Integer.class, besluitpuntId) == 1);
    }

    private long besluitMetMandaat(Effect mandaat) {
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Afspraken", null, null, mandaat);
        var besluitId = besluitvorming.besloten(secretaris, voorstel, VERGADERDATUM, Uitkomst.CONFORM_ADVIES);
        assertThat(besluitId).isNotNull();
        return voorstel;
    }

    @Test
    void conformAdviesVerleentHetMandaatEenKeerTraceerbaarNaarBesluitEnBesluitpunt() {
        var voorstel = besluitMetMandaat(Effect.mandaatVerlenen(wethouder, SCOPE, null, null));
        var punt = besluitpunt(voorstel, 2);
        wachtOpUitvoering(punt);

        var rij = jdbc.queryForMap("select m.id, m.collegelid_id, m.scope, m.ingangsdatum, m.besluit_id, "
                + "m.besluit_identificatie, b.collegevoorstel_id from mandaat m join besluit b on b.id = m.besluit_id "
                + "where m.besluitpunt_id = ?", punt);
        assertThat(rij).containsEntry("collegelid_id", wethouder).containsEntry("scope", SCOPE)
                .containsEntry("collegevoorstel_id", voorstel)
                .containsEntry("ingangsdatum", java.sql.Date.valueOf(VERGADERDATUM));
        assertThat((String) rij.get("besluit_identificatie")).matches("B26-\\d{6}");
        assertThat(jdbc.queryForObject("select verwijzing from uitgevoerd_effect where besluitpunt_id = ?",
                String.class, punt)).isEqualTo("/mandaten/" + rij.get("id"));
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where objecttype = 'Mandaat' and actie = "
                + "'VERLEEND' and object_id = ?", Integer.class, rij.get("id").toString())).isEqualTo(1);

        // The other points, without an effect: no mandate from them.
        assertThat(jdbc.queryForObject("select count(*) from mandaat where besluit_id = ?", Integer.class,
                rij.get("besluit_id"))).isEqualTo(1);
        assertThat(mandaten.heeftMandaat(wethouder, SCOPE, VERGADERDATUM)).isTrue();
    }

    @Test
    void hetzelfdeEventTweeKeerGeeftNogSteedsEenMandaat() {
        var voorstel = besluitMetMandaat(Effect.mandaatVerlenen(wethouder, SCOPE, null, null));
        var punt = besluitpunt(voorstel, 2);
        wachtOpUitvoering(punt);
        var besluit = jdbc.queryForMap("select id, identificatie from besluit where collegevoorstel_id = ?", voorstel);
        var opnieuw = new MandaatVerlenenOpgedragen(gemeente, (Long) besluit.get("id"), punt,
                (String) besluit.get("identificatie"), wethouder, SCOPE, VERGADERDATUM, null);

        transactie.executeWithoutResult(s -> verlening.bij(opnieuw));
        transactie.executeWithoutResult(s -> verlening.bij(opnieuw));
        assertThat(mandatenVoor(punt)).isEqualTo(1);

        // The secretary hands out outstanding effects again: the mandate is done, so nothing goes out.
        assertThat(als(secretaris, () -> besluiten.draagOpenstaandeEffectenOpnieuwOp((Long) besluit.get("id"))))
                .isZero();
        assertThat(mandatenVoor(punt)).isEqualTo(1);
    }

    @Test
    void naEenCrashTussenBesluitEnEffectVolgtBijHerstartPreciesEenMandaat() {
        var voorstel = besluitMetMandaat(Effect.mandaatVerlenen(wethouder, SCOPE, null, null));
        var punt = besluitpunt(voorstel, 2);
        wachtOpUitvoering(punt);
        await().atMost(WACHTTIJD).until(() -> openstaandePublicaties(punt) == 0);

        // The state a crash leaves: decision committed, the listener's transaction lost, its publication incomplete.
        jdbc.update("delete from uitgevoerd_effect where besluitpunt_id = ?", punt);
        jdbc.update("delete from mandaat where besluitpunt_id = ?", punt);
        jdbc.update("update event_publication set completion_date = null, status = 'PUBLISHED' "
                + "where event_type like '%MandaatVerlenenOpgedragen' and serialized_event like ?",
                "%\"besluitpuntId\":" + punt + ",%");
        assertThat(openstaandePublicaties(punt)).isPositive();

        // What the registry does at start-up (republish-outstanding-events-on-restart); then a second restart.
        herstart(punt);
        wachtOpUitvoering(punt);
        await().atMost(WACHTTIJD).until(() -> openstaandePublicaties(punt) == 0);
        assertThat(mandatenVoor(punt)).isEqualTo(1);
        jdbc.update("update event_publication set completion_date = null, status = 'PUBLISHED' "
                + "where event_type like '%MandaatVerlenenOpgedragen' and serialized_event like ?",
                "%\"besluitpuntId\":" + punt + ",%");
        herstart(punt);
        await().atMost(WACHTTIJD).until(() -> openstaandePublicaties(punt) == 0);
        assertThat(mandatenVoor(punt)).isEqualTo(1);
    }

    private void herstart(long punt) {
        onvoltooid.resubmitIncompletePublications(p -> p.getEvent() instanceof MandaatVerlenenOpgedragen e
                && e.besluitpuntId() == punt);
    }

    private int openstaandePublicaties(long besluitpuntId) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and serialized_event like ?", Integer.class, "%\"besluitpuntId\":" + besluitpuntId + ",%");
    }

    @ParameterizedTest
    @EnumSource(value = Uitkomst.class, names = {"AFGEWEZEN", "AANGEHOUDEN"})
    void afgewezenOfAangehoudenVoorstelDoetNiets(Uitkomst uitkomst) {
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder, "Afspraken",
                Effect.mandaatVerlenen(wethouder, SCOPE, null, null));
        assertThat(besluitvorming.besloten(secretaris, voorstel, VERGADERDATUM, uitkomst)).isNull();
        var punt = besluitpunt(voorstel, 0);
        assertThat(jdbc.queryForObject("select count(*) from besluit where collegevoorstel_id = ?", Integer.class,
                voorstel)).isZero();
        // Publications are stored in the deciding transaction, so "none" is certain without waiting.
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%\"besluitpuntId\":" + punt + ",%")).isZero();
        assertThat(mandatenVoor(punt)).isZero();
    }

    @Test
    void mandaatGeldtVanIngangTotEindeEnNietMeerNaIntrekking() {
        var ingang = LocalDate.of(2026, 6, 1);
        var einde = LocalDate.of(2027, 5, 31);
        var voorstel = besluitMetMandaat(Effect.mandaatVerlenen(wethouder, SCOPE, ingang, einde));
        var punt = besluitpunt(voorstel, 2);
        wachtOpUitvoering(punt);

        assertThat(mandaten.heeftMandaat(wethouder, SCOPE, ingang.minusDays(1))).as("voor ingang").isFalse();
        assertThat(mandaten.heeftMandaat(wethouder, SCOPE, ingang)).as("op ingang").isTrue();
        assertThat(mandaten.heeftMandaat(wethouder, " Ondertekening samenwerkingsafspraken wijkoverleggen ", ingang))
                .as("scope without regard to case").isTrue();
        assertThat(mandaten.heeftMandaat(wethouder, "iets anders", ingang)).as("andere scope").isFalse();
        assertThat(mandaten.heeftMandaat(wethouder, SCOPE, einde)).as("op einde").isTrue();
        assertThat(mandaten.heeftMandaat(wethouder, SCOPE, einde.plusDays(1))).as("na einde").isFalse();

        var mandaat = jdbc.queryForMap("select id, versie from mandaat where besluitpunt_id = ?", punt);
        var intrekking = LocalDate.of(2026, 9, 1);
        als(secretaris, () -> {
            mandaten.trekIn((Long) mandaat.get("id"), (Long) mandaat.get("versie"), intrekking, "Portefeuille gewisseld");
            return null;
        });
        assertThat(mandaten.heeftMandaat(wethouder, SCOPE, intrekking.minusDays(1))).as("dag voor intrekking").isTrue();
        assertThat(mandaten.heeftMandaat(wethouder, SCOPE, intrekking)).as("vanaf intrekking").isFalse();
        assertThat(mandaten.geldigMandaat(wethouder, SCOPE, intrekking.minusDays(1))).get()
                .satisfies(m -> assertThat(m.besluitpuntId()).isEqualTo(punt));
    }
}
