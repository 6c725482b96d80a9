package nl.wijkafspraken.afspraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import nl.wijkafspraken.wijkoverleg.WijkoverlegGegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The system paths the besluit and ondertekening modules will call: adopting a version and recording a signature,
 * on the real database. Each is idempotent, and a vastgestelde version cannot change, not even by SQL.
 */
@IntegratieTest
class AfsprakenEffectenTest {

    private static final LocalDate INGANG = LocalDate.of(2026, 5, 4);

    @Autowired
    AfsprakenService afspraken;
    @Autowired
    VersieService versies;
    @Autowired
    WijkoverlegService wijkoverleggen;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AfsprakenGegevens afsprakenGegevens;
    @Autowired
    JdbcTemplate jdbc;

    TestGemeente gemeente;
    long noord;

    @BeforeEach
    void gemeenteMetWijkoverleg() {
        gemeente = gegevens.gemeente();
        noord = gegevens.wijkoverleg(gemeente.id(), "Noord", Set.of(gemeente.wijkNoord()));
    }

    private String status(long versieId) {
        return jdbc.queryForObject("select status from afspraken_versie where id = ?", String.class, versieId);
    }

    private int auditregels(String actie, long afsprakenId) {
        return jdbc.queryForObject("select count(*) from audit_regel where actie = ? and object_id = ?",
                Integer.class, actie, String.valueOf(afsprakenId));
    }

    @Test
    void vaststellenTweeKeerVoorHetzelfdeBesluitpuntGebeurtEenKeer() {
        var concept = afsprakenGegevens.concept(gemeente, noord);
        var besluitpunt = AfsprakenGegevens.nieuwBesluitpunt();

        var eerste = afspraken.stelVast(gemeente.id(), concept.versieId(), 9, besluitpunt, INGANG, "B&W 4 mei 2026");
        var tweede = afspraken.stelVast(gemeente.id(), concept.versieId(), 9, besluitpunt, INGANG, "B&W 4 mei 2026");

        assertThat(eerste).startsWith("Versie 1 van Samenwerkingsafspraken").contains("vastgesteld per 4 mei 2026");
        assertThat(tweede).startsWith("Niets gedaan");
        assertThat(status(concept.versieId())).isEqualTo("VASTGESTELD");
        assertThat(jdbc.queryForMap("select besluit_id, besluitpunt_id, ingangsdatum from afspraken_versie where id = ?",
                concept.versieId())).containsEntry("besluit_id", 9L).containsEntry("besluitpunt_id", besluitpunt);
        assertThat(auditregels("VASTGESTELD", concept.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select gebruikersnaam from audit_regel where actie = 'VASTGESTELD' "
                + "and object_id = ?", String.class, String.valueOf(concept.id()))).isEqualTo("systeem");
    }

    @Test
    void eenLatereVersieVervangtDeVorigeEnDeEinddatumBlijft() {
        var eerste = afsprakenGegevens.vastgesteld(gemeente, INGANG, noord);
        var tweede = AfsprakenGegevens.als(eerste.ambtenaar(), () -> versies.nieuwConcept(eerste.id()));
        var versieId = jdbc.queryForObject("select id from afspraken_versie where afspraken_id = ? and nummer = ?",
                Long.class, eerste.id(), tweede);

        var gedaan = afspraken.stelVast(gemeente.id(), versieId, 10, AfsprakenGegevens.nieuwBesluitpunt(),
                LocalDate.of(2026, 12, 1), "B&W 1 december 2026");

        assertThat(gedaan).contains("Versie 2", "versie 1 vervangen");
        assertThat(status(eerste.versieId())).isEqualTo("VERVANGEN");
        assertThat(status(versieId)).isEqualTo("VASTGESTELD");
        var overzicht = AfsprakenGegevens.als(eerste.ambtenaar(), () -> afspraken.overzicht(eerste.id()));
        assertThat(overzicht.looptijd().orElseThrow().einddatum()).isEqualTo(LocalDate.of(2031, 5, 3));
        assertThat(overzicht.geldendeVersie().orElseThrow().getNummer()).isEqualTo(2);
    }

    @Test
    void eenBesluitpuntDatAlEenVersieVaststeldeStelGeenTweedeVast() {
        var eerste = afsprakenGegevens.concept(gemeente, noord);
        var besluitpunt = AfsprakenGegevens.nieuwBesluitpunt();
        afspraken.stelVast(gemeente.id(), eerste.versieId(), 9, besluitpunt, INGANG, "B&W");
        var tweede = AfsprakenGegevens.als(eerste.ambtenaar(), () -> versies.nieuwConcept(eerste.id()));
        var versieId = jdbc.queryForObject("select id from afspraken_versie where afspraken_id = ? and nummer = ?",
                Long.class, eerste.id(), tweede);

        assertThat(afspraken.stelVast(gemeente.id(), versieId, 9, besluitpunt, INGANG, "B&W")).startsWith("Niets");
        assertThat(status(versieId)).isEqualTo("CONCEPT");
    }

    @Test
    void eenVastgesteldeVersieWordtNietOpnieuwVastgesteldEnVeranderdNiet() {
        var afspraken1 = afsprakenGegevens.vastgesteld(gemeente, INGANG, noord);
        assertThatThrownBy(() -> afspraken.stelVast(gemeente.id(), afspraken1.versieId(), 11,
                AfsprakenGegevens.nieuwBesluitpunt(), INGANG, "ander besluit"))
                .isInstanceOf(DomeinregelException.class).hasMessage("afspraken.versie.vastgesteld");
        var versie = jdbc.queryForObject("select versie from afspraken_versie where id = ?", Long.class,
                afspraken1.versieId());
        assertThatThrownBy(() -> AfsprakenGegevens.als(afspraken1.ambtenaar(),
                () -> versies.voegArtikelToe(afspraken1.id(), 1, versie, "Nieuw", "Tekst")))
                .isInstanceOf(DomeinregelException.class).hasMessage("afspraken.versie.vastgesteld");
        assertThat(jdbc.queryForObject("select count(*) from afspraken_artikel where versie_id = ?", Integer.class,
                afspraken1.versieId())).isEqualTo(2);
    }

    @Test
    void deDatabaseWeigertEenWijzigingVanEenVastgesteldeVersie() {
        var vastgesteld = afsprakenGegevens.vastgesteld(gemeente, INGANG, noord);
        assertThatThrownBy(() -> jdbc.update("update afspraken_artikel set tekst = 'Gewijzigd' where versie_id = ?",
                vastgesteld.versieId())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from afspraken_artikel where versie_id = ?",
                vastgesteld.versieId())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update afspraken_versie set zaaknummer = 'Z26-999999' where id = ?",
                vastgesteld.versieId())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update afspraken_versie set status = 'CONCEPT', ingangsdatum = null, "
                + "besluit_id = null, besluitpunt_id = null where id = ?", vastgesteld.versieId()))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForList("select tekst from afspraken_artikel where versie_id = ? order by volgnummer",
                String.class, vastgesteld.versieId())).doesNotContain("Gewijzigd").hasSize(2);
    }

    @Test
    void vaststellenVanEenVersieVanEenAndereGemeenteWordtNietGevonden() {
        var concept = afsprakenGegevens.concept(gemeente, noord);
        var andere = gegevens.gemeente();
        assertThatThrownBy(() -> afspraken.stelVast(andere.id(), concept.versieId(), 9,
                AfsprakenGegevens.nieuwBesluitpunt(), INGANG, "B&W")).isInstanceOf(NietGevondenException.class);
        assertThat(status(concept.versieId())).isEqualTo("CONCEPT");
    }

    @Test
    void ondertekeningWordtEenKeerVastgelegdEnEenNieuwWijkoverlegTreedtToeDoorTeOndertekenen() {
        var vastgesteld = afsprakenGegevens.vastgesteld(gemeente, INGANG, noord);
        var zuid = gegevens.wijkoverleg(gemeente.id(), "Zuid", Set.of(gemeente.wijkZuid()));

        assertThat(afspraken.registreerOndertekening(gemeente.id(), vastgesteld.versieId(), noord,
                LocalDate.of(2026, 5, 20), "handtekening 1")).isTrue();
        assertThat(afspraken.registreerOndertekening(gemeente.id(), vastgesteld.versieId(), noord,
                LocalDate.of(2026, 5, 21), "handtekening 1")).isFalse();
        assertThat(afspraken.registreerOndertekening(gemeente.id(), vastgesteld.versieId(), zuid,
                LocalDate.of(2026, 9, 1), "nieuw wijkoverleg")).isTrue();

        assertThat(jdbc.queryForObject("select count(*) from afspraken_ondertekening o join afspraken_deelname d "
                + "on d.id = o.deelname_id where d.afspraken_id = ?", Integer.class, vastgesteld.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select toegetreden_op from afspraken_deelname where afspraken_id = ? "
                + "and wijkoverleg_id = ?", LocalDate.class, vastgesteld.id(), zuid)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(auditregels("ONDERTEKEND", vastgesteld.id())).isEqualTo(2);
        var overzicht = AfsprakenGegevens.als(vastgesteld.ambtenaar(), () -> afspraken.overzicht(vastgesteld.id()));
        assertThat(overzicht.partijen()).allMatch(Partij::geldendeVersieOndertekend);
    }

    @Test
    void eenOpgehevenWijkoverlegTreedtUitMetDeDatumUitHetRegister() {
        var zuid = gegevens.wijkoverleg(gemeente.id(), "Zuid", Set.of(gemeente.wijkZuid()));
        var vastgesteld = afsprakenGegevens.vastgesteld(gemeente, INGANG, noord, zuid);
        afspraken.registreerOndertekening(gemeente.id(), vastgesteld.versieId(), noord, INGANG, null);
        AfsprakenGegevens.als(vastgesteld.ambtenaar(), () -> {
            var versie = wijkoverleggen.overzicht(zuid).wijkoverleg().getVersie();
            wijkoverleggen.wijzig(zuid, versie, new WijkoverlegGegevens("Zuid", Set.of(gemeente.wijkZuid()),
                    WijkoverlegStatus.OPGEHEVEN, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 9, 30),
                    "Geen bestuur meer", null, null, 1));
            return null;
        });

        var overzicht = AfsprakenGegevens.als(vastgesteld.ambtenaar(), () -> afspraken.overzicht(vastgesteld.id()));
        var partij = overzicht.partijen().stream().filter(p -> p.wijkoverlegId() == zuid).findFirst().orElseThrow();
        assertThat(partij.uitgetreden()).isTrue();
        assertThat(partij.uitgetredenOp()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(overzicht.status()).isEqualTo(AfsprakenStatus.IN_WERKING);
        var stand = AfsprakenGegevens.als(vastgesteld.ambtenaar(), () -> afspraken.standen().getFirst());
        assertThat(stand.nogNietOndertekend()).isEmpty();
        assertThat(AfsprakenGegevens.als(vastgesteld.ambtenaar(), () -> afspraken.kandidaten(vastgesteld.id())))
                .extracting(w -> w.id()).doesNotContain(zuid);
    }

    @Test
    void eenConceptKanNietWordenOndertekend() {
        var concept = afsprakenGegevens.concept(gemeente, noord);
        assertThatThrownBy(() -> afspraken.registreerOndertekening(gemeente.id(), concept.versieId(), noord, INGANG,
                null)).hasMessage("afspraken.ondertekening.concept");
    }
}
