package nl.wijkafspraken.register;

import static nl.wijkafspraken.support.Besluitvorming.als;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.wijkafspraken.besluit.BehandelendAmbtenaar;
import nl.wijkafspraken.besluit.CollegevoorstelService;
import nl.wijkafspraken.besluit.Sectie;
import nl.wijkafspraken.besluit.VoorstelGegevens;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search's document vector per collegevoorstel (V56, issue #11) is kept by the database: after every kind of
 * change through the real services it equals the vector glued together from the parts, and a search that needs the
 * index can use it.
 */
@IntegratieTest
class ZoekdocumentTest {

    @Autowired
    Registergegevens gegevens;
    @Autowired
    CollegevoorstelService voorstellen;
    @Autowired
    Besluitvorming besluitvorming;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hetZoekdocumentVolgtOnderwerpBesluitpuntenSectiesEnIdentificatie() {
        var g = gegevens.gemeente();
        var ambtenaar = java.util.List.of(new BehandelendAmbtenaar("A. Zoeker", null, null));
        var voorstel = als(g.ambtenaar(), () -> voorstellen.nieuw(new VoorstelGegevens(true, false, "via staf",
                Registergegevens.MAART, ambtenaar, "Team Zoeken", g.wethouder(), "Lantaarnpalen", Map.of(Sectie.SAMENVATTING,
                        "Over straatverlichting.")), null));
        assertThat(vindt(voorstel, "lantaarnpalen straatverlichting")).isTrue();

        var punt = als(g.ambtenaar(), () -> voorstellen.voegBesluitpuntToe(voorstel, besluitvorming.versie(voorstel),
                "de fietsenstalling te vernieuwen;", null));
        assertThat(vindt(voorstel, "fietsenstalling")).isTrue();

        als(g.ambtenaar(), () -> {
            voorstellen.wijzigBesluitpunt(voorstel, besluitvorming.versie(voorstel), punt,
                    "de speeltuin te vernieuwen;", null);
            voorstellen.wijzig(voorstel, besluitvorming.versie(voorstel), new VoorstelGegevens(true, false,
                    "via staf", Registergegevens.MAART, ambtenaar, "Team Zoeken", g.wethouder(), "Bankjes", Map.of(
                            Sectie.SAMENVATTING, "Over zitplaatsen.")));
            return null;
        });
        assertThat(vindt(voorstel, "speeltuin bankjes zitplaatsen")).isTrue();
        assertThat(vindt(voorstel, "fietsenstalling")).isFalse();
        assertThat(vindt(voorstel, "lantaarnpalen")).isFalse();
        assertThat(vindt(voorstel, "straatverlichting")).isFalse();

        var besluit = gegevens.gepubliceerd(g, Registergegevens.MAART, "Bomen", "Over het groen.");
        var metBesluit = jdbc.queryForObject("select collegevoorstel_id from besluit where id = ?", Long.class,
                besluit.id());
        assertThat(jdbc.queryForObject("select doc @@ to_tsquery('simple', ?) from collegevoorstel_zoekdocument "
                + "where collegevoorstel_id = ?", Boolean.class, besluit.identificatie().toLowerCase(), metBesluit))
                .as("the besluit's identificatie").isTrue();
        assertThat(vindt(metBesluit, "bomen groen")).isTrue();

        assertThat(jdbc.queryForObject("""
                select count(*) from collegevoorstel c
                left join collegevoorstel_zoekdocument d on d.collegevoorstel_id = c.id
                where d.doc is distinct from collegevoorstel_zoekdocument_vector(c.id)
                """, Long.class)).as("every voorstel's document equals its parts, in order").isZero();
    }

    @Test
    void deZoekopdrachtKanDeGinIndexGebruiken() {
        var plan = jdbc.execute((java.sql.Connection verbinding) -> {
            try (var s = verbinding.createStatement()) {
                verbinding.setAutoCommit(false);
                s.execute("set local enable_seqscan = off");
                var regels = new StringBuilder();
                try (var rs = s.executeQuery("explain select d.collegevoorstel_id from "
                        + "collegevoorstel_zoekdocument d "
                        + "where d.doc @@ websearch_to_tsquery('dutch', 'wijkoverleggen')")) {
                    while (rs.next()) {
                        regels.append(rs.getString(1)).append('\n');
                    }
                }
                verbinding.rollback();
                verbinding.setAutoCommit(true);
                return regels.toString();
            }
        });
        assertThat(plan).contains("collegevoorstel_zoekdocument_doc");
    }

    /** Whether the voorstel's document has all these words (Dutch word forms). */
    private boolean vindt(long voorstel, String woorden) {
        return jdbc.queryForObject("select doc @@ plainto_tsquery('dutch', ?) from collegevoorstel_zoekdocument "
                + "where collegevoorstel_id = ?", Boolean.class, woorden, voorstel);
    }
}
