package nl.wijkafspraken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A gemeente with 120,000 published besluiten (generated in SQL, not through the services: that would take an
 * hour): the index names six sitemaps of 20,000 each (the protocol's limits are 50,000 entries and 50 MB), each
 * with its own honest lastmod, and every besluit is in exactly one of them.
 */
@IntegratieTest
class SitemapPagineringTest {

    private static final String BASIS = "http://localhost:8080";
    private static final int AANTAL = 120_000;

    @LocalServerPort
    int poort;
    @Autowired
    Testgegevens testgegevens;
    @Autowired
    GemeenteService gemeenten;
    @Autowired
    GemeenteRegister register;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void honderdtwintigduizendBesluitenStaanInZesSitemapsVanTwintigduizend() {
        var gemeente = testgegevens.gemeente();
        gemeenten.legCbsCodeVast(gemeente.id(), "0358");
        var code = register.gemeente(gemeente.id()).orElseThrow().code();
        genereer(gemeente.id());
        var bezoeker = new Openbaar(poort);

        var index = Sitemaps.regels(bezoeker.get("/openbaar/" + code + "/sitemap.xml").inhoud(), "sitemap");
        assertThat(index).extracting(Sitemaps.Regel::loc).containsExactlyElementsOf(IntStream.range(0, 6)
                .mapToObj(i -> BASIS + "/openbaar/" + code + "/sitemap-besluiten-" + i + ".xml").toList());
        // lastmod per block: the generated besluiten were decided one minute apart, in order
        assertThat(index).extracting(Sitemaps.Regel::lastmod).doesNotContainNull().isSorted()
                .doesNotHaveDuplicates();

        var begin = System.nanoTime();
        var laatste = bezoeker.get("/openbaar/" + code + "/sitemap-besluiten-5.xml");
        var millis = (System.nanoTime() - begin) / 1_000_000;
        assertThat(laatste.status()).isEqualTo(200);
        var regels = Sitemaps.regels(laatste.inhoud(), "url");
        assertThat(regels).hasSize(20_000);
        assertThat(regels.getFirst().loc()).endsWith("/besluiten/B15-100001/pdf");
        assertThat(regels.getLast().loc()).endsWith("/besluiten/B15-120000/pdf");
        assertThat(laatste.inhoud().length).as("under the protocol's 50 MB").isLessThan(50 * 1024 * 1024);
        System.out.printf("Sitemap of 20,000 entries: %d ms, %d bytes%n", millis, laatste.inhoud().length);

        assertThat(bezoeker.get("/openbaar/" + code + "/sitemap-besluiten-6.xml").status()).isEqualTo(404);
    }

    /** 120,000 decided, openbaar besluiten published the day after, 500 per meeting, one minute apart. */
    private void genereer(long gemeenteId) {
        jdbc.update("""
                insert into bw_vergadering (gemeente_id, datum, status, gesloten_op)
                select ?, date '2015-01-05' + m, 'GESLOTEN', now() from generate_series(0, ? / 500) m
                """, gemeenteId, AANTAL);
        jdbc.update("""
                insert into collegevoorstel (gemeente_id, zaaknummer, status, uitkomst, openbaar, naar_raad,
                                             onderwerp, gewijzigd_op)
                select ?, 'Z15-' || lpad(n::text, 6, '0'), 'BESLOTEN', 'CONFORM_ADVIES', true, false,
                       'Gegenereerd besluit ' || n, timestamptz '2015-01-05 10:00+01' + n * interval '1 minute'
                from generate_series(1, ?) n
                """, gemeenteId, AANTAL);
        jdbc.update("""
                insert into agendapunt (bw_vergadering_id, nummer, collegevoorstel_id, uitkomst, vastgelegd_op)
                select v.id, substr(c.zaaknummer, 5)::int % 500 + 1, c.id, 'CONFORM_ADVIES', now()
                from collegevoorstel c
                join bw_vergadering v on v.gemeente_id = c.gemeente_id
                     and v.datum = date '2015-01-05' + substr(c.zaaknummer, 5)::int / 500
                where c.gemeente_id = ?
                """, gemeenteId);
        jdbc.update("""
                insert into besluit (gemeente_id, collegevoorstel_id, agendapunt_id, identificatie, datum,
                                     ingangsdatum, publicatiedatum, bestuursorgaan)
                select c.gemeente_id, c.id, a.id, 'B15-' || substr(c.zaaknummer, 5), v.datum, v.datum, v.datum + 1,
                       'college van burgemeester en wethouders'
                from collegevoorstel c join agendapunt a on a.collegevoorstel_id = c.id
                join bw_vergadering v on v.id = a.bw_vergadering_id
                where c.gemeente_id = ?
                """, gemeenteId);
    }
}
