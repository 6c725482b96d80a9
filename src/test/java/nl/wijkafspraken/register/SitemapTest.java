package nl.wijkafspraken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wijkafspraken.besluit.BehandelendAmbtenaar;
import nl.wijkafspraken.besluit.Sectie;
import nl.wijkafspraken.config.DemoData;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Woo active publication (issue 18): robots.txt names the sitemap index of each gemeente, the sitemaps list exactly
 * the public documents of the register, each with DiWoo metadata that validates against the shipped schema, and
 * nothing that is not public.
 */
@IntegratieTest
@ExtendWith(OutputCaptureExtension.class)
class SitemapTest {

    private static final String BASIS = "http://localhost:8080";

    @LocalServerPort
    int poort;
    @Autowired
    Registergegevens gegevens;
    @Autowired
    GemeenteService gemeenten;
    @Autowired
    DiwooSchema schema;
    @Autowired
    DemoData demoData;

    Registergegevens.Register register;
    Openbaar bezoeker;

    @BeforeEach
    void register() {
        register = gegevens.register();
        gemeenten.legCbsCodeVast(register.gemeente().id(), "0358");
        bezoeker = new Openbaar(poort);
    }

    private List<Sitemaps.Regel> index(String code) {
        var antwoord = bezoeker.get("/openbaar/" + code + "/sitemap.xml");
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.type()).startsWith("application/xml");
        return Sitemaps.regels(antwoord.inhoud(), "sitemap");
    }

    /** Every entry of every sitemap the index names. */
    private List<Sitemaps.Regel> alleEntries(String code) {
        return index(code).stream().flatMap(s -> {
            var antwoord = bezoeker.get(s.loc().substring(BASIS.length()));
            assertThat(antwoord.status()).as(s.loc()).isEqualTo(200);
            return Sitemaps.regels(antwoord.inhoud(), "url").stream();
        }).toList();
    }

    @Test
    void robotsTxtNoemtDeSitemapVanElkeGemeenteMetEenCbsCode() {
        var zonderCode = gegevens.gemeente();
        var robots = bezoeker.get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.type()).startsWith("text/plain");
        assertThat(robots.tekst()).contains("User-agent: *", "Allow: /openbaar", "Disallow: /\n",
                "Sitemap: " + BASIS + "/openbaar/" + register.code() + "/sitemap.xml")
                .doesNotContain("/openbaar/" + zonderCode.code() + "/sitemap.xml");
        assertThat(bezoeker.get("/openbaar/" + zonderCode.code() + "/sitemap.xml").status()).isEqualTo(404);
    }

    @Test
    void deSitemapsNoemenPreciesDeOpenbareDocumentenVanHetRegister() {
        var entries = alleEntries(register.code());
        var locs = entries.stream().map(Sitemaps.Regel::loc).collect(Collectors.toSet());
        var prefix = BASIS + "/openbaar/" + register.code();

        var besluitenInRegister = new HashSet<String>();
        bezoeker.get("/api/v1/gemeenten/" + register.code() + "/besluiten?aantal=100").json().get("inhoud")
                .forEach(b -> besluitenInRegister.add(prefix + "/besluiten/" + b.get("identificatie").asString()
                        + "/pdf"));
        var besluitenInSitemap = locs.stream().filter(l -> l.contains("/besluiten/")).collect(Collectors.toSet());
        assertThat(besluitenInSitemap).isEqualTo(besluitenInRegister)
                .contains(prefix + "/besluiten/" + register.vaststelling().identificatie() + "/pdf");

        var versies = new HashSet<String>();
        bezoeker.get("/api/v1/gemeenten/" + register.code() + "/afspraken/" + register.afsprakenId()).json()
                .get("versies").forEach(v -> versies.add(prefix + "/afspraken/" + register.afsprakenId()
                        + "/versies/" + v.get("nummer").asInt()));
        assertThat(locs.stream().filter(l -> l.contains("/versies/"))).containsExactlyInAnyOrderElementsOf(versies);
        assertThat(locs).contains(prefix + "/convenanten");
        assertThat(entries).hasSize(besluitenInRegister.size() + versies.size() + 1);

        for (var entry : entries) {
            assertThat(bezoeker.get(entry.loc().substring(BASIS.length())).status()).as(entry.loc()).isEqualTo(200);
        }
    }

    @Test
    void deSitemapVanDeDemoVanAalsmeerNoemtPreciesWatHetRegisterToont() {
        demoData.vulAan();
        var prefix = BASIS + "/openbaar/aalsmeer";
        var entries = alleEntries("aalsmeer");
        var locs = entries.stream().map(Sitemaps.Regel::loc).collect(Collectors.toSet());
        var besluiten = new HashSet<String>();
        bezoeker.get("/api/v1/gemeenten/aalsmeer/besluiten?aantal=100").json().get("inhoud").forEach(b ->
                besluiten.add(prefix + "/besluiten/" + b.get("identificatie").asString() + "/pdf"));
        var versies = new HashSet<String>();
        bezoeker.get("/api/v1/gemeenten/aalsmeer/afspraken").json().forEach(a -> bezoeker
                .get("/api/v1/gemeenten/aalsmeer/afspraken/" + a.get("id").asLong()).json().get("versies")
                .forEach(v -> versies.add(prefix + "/afspraken/" + a.get("id").asLong() + "/versies/"
                        + v.get("nummer").asInt())));
        assertThat(besluiten).isNotEmpty();
        assertThat(versies).isNotEmpty();
        assertThat(locs.stream().filter(l -> l.contains("/besluiten/")).collect(Collectors.toSet()))
                .isEqualTo(besluiten);
        assertThat(locs.stream().filter(l -> l.contains("/versies/")).collect(Collectors.toSet())).isEqualTo(versies);
        var validator = schema.validator();
        assertThat(entries).allSatisfy(e -> {
            assertThat(DiwooSchema.fout(validator, e.diwoo())).as(e.loc()).isNull();
            assertThat(e.diwoo()).contains("https://identifier.overheid.nl/tooi/id/gemeente/gm0358");
        });
    }

    @Test
    void elkeEntryVoldoetAanHetDiwooSchemaMetDeVerplichteVelden() {
        var validator = schema.validator();
        var entries = alleEntries(register.code());
        assertThat(entries).isNotEmpty();
        for (var entry : entries) {
            assertThat(entry.diwoo()).as(entry.loc()).isNotNull();
            assertThat(DiwooSchema.fout(validator, entry.diwoo())).as(entry.loc()).isNull();
            assertThat(entry.diwoo()).contains("resource=\"https://identifier.overheid.nl/tooi/id/gemeente/gm0358\"",
                    "officieleTitel", "documenthandeling");
        }
        var besluit = entries.stream().filter(e -> e.loc().endsWith(register.vaststelling().identificatie() + "/pdf"))
                .findFirst().orElseThrow();
        assertThat(besluit.diwoo()).contains("overige besluiten van algemene strekking", "file-type/PDF",
                register.vaststelling().zaaknummer(), "/afspraken/" + register.afsprakenId() + "/versies/1");
        assertThat(besluit.lastmod()).isNotNull();
        var versie = entries.stream().filter(e -> e.loc().endsWith("/versies/1")).findFirst().orElseThrow();
        assertThat(versie.diwoo()).contains(">convenanten<", "file-type/HTML",
                "/besluiten/" + register.vaststelling().identificatie() + "/pdf");
        var intrekking = entries.stream().filter(e -> e.loc().endsWith("/convenanten")).findFirst().orElseThrow();
        assertThat(intrekking.diwoo()).contains("/besluiten/" + register.vaststelling().identificatie() + "/pdf",
                "/afspraken/" + register.afsprakenId());
    }

    @Test
    void nietsDatNietOpenbaarIsStaatInDeSitemaps() {
        var alles = new StringBuilder();
        for (var sitemap : index(register.code())) {
            alles.append(bezoeker.get(sitemap.loc().substring(BASIS.length())).tekst());
        }
        for (var geheim : register.geheimen()) {
            assertThat(alles.toString()).as("niet openbaar: " + geheim).doesNotContain(geheim);
        }
        assertThat(alles.toString()).doesNotContain(register.geheim().identificatie(),
                register.later().identificatie());
    }

    @Test
    void elkeGemeenteAlleenHaarEigenDocumenten() {
        var ander = gegevens.register();
        gemeenten.legCbsCodeVast(ander.gemeente().id(), "0362");
        var van = alleEntries(register.code());
        var vanAnder = alleEntries(ander.code());
        var titelVanAnder = ander.openbaar().stream().filter(t -> t.startsWith("Samenwerkingsafspraken"))
                .findFirst().orElseThrow();
        assertThat(van).isNotEmpty().allSatisfy(e -> {
            assertThat(e.loc()).startsWith(BASIS + "/openbaar/" + register.code() + "/");
            assertThat(e.diwoo()).doesNotContain("/openbaar/" + ander.code() + "/", titelVanAnder, "gm0362");
        });
        assertThat(vanAnder).allSatisfy(e -> assertThat(e.diwoo()).contains("gm0362").doesNotContain("gm0358"));
        assertThat(bezoeker.get("/openbaar/" + register.code() + "/sitemap.xml").tekst())
                .doesNotContain(ander.code());
    }

    @Test
    void lastmodSchuiftOpAlsEenDocumentWordtToegevoegd() throws InterruptedException {
        var voor = index(register.code()).stream().filter(s -> s.loc().contains("sitemap-besluiten-0"))
                .findFirst().orElseThrow().lastmod();
        Thread.sleep(1100);
        var nieuw = gegevens.besluit(register.gemeente(), true, LocalDate.now(), LocalDate.now(), "Nieuw besluit",
                Map.of(Sectie.SAMENVATTING, "Iets nieuws."), List.of(new BehandelendAmbtenaar("Ambtenaar Nieuw", null, null)), "Team",
                "iets te besluiten.");
        var na = index(register.code()).stream().filter(s -> s.loc().contains("sitemap-besluiten-0"))
                .findFirst().orElseThrow().lastmod();
        assertThat(na).isGreaterThan(voor);
        assertThat(bezoeker.get("/openbaar/" + register.code() + "/sitemap-besluiten-0.xml").tekst())
                .contains(nieuw.identificatie());
    }

    @Test
    void eenEntryDieNietVoldoetWordtWeggelatenEnGelogd(CapturedOutput uitvoer) {
        var onbekend = gegevens.register();
        // 9999 is no gemeente in the TOOI list: the publisher does not validate, so no entry may be published.
        gemeenten.legCbsCodeVast(onbekend.gemeente().id(), "9999");
        var antwoord = bezoeker.get("/openbaar/" + onbekend.code() + "/sitemap-besluiten-0.xml");
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(Sitemaps.regels(antwoord.inhoud(), "url")).isEmpty();
        assertThat(uitvoer.getOut()).contains("weggelaten, voldoet niet aan het DiWoo-schema",
                onbekend.vaststelling().identificatie());
    }

    @Test
    void eenOnbekendeOfOnleesbareSitemapIsNietGevonden() {
        var code = register.code();
        assertThat(bezoeker.get("/openbaar/" + code + "/sitemap-besluiten-1.xml").status()).isEqualTo(404);
        assertThat(bezoeker.get("/openbaar/" + code + "/sitemap-besluiten--1.xml").status()).isEqualTo(404);
        assertThat(bezoeker.get("/openbaar/" + code + "/sitemap-besluiten-x.xml").status()).isEqualTo(400);
        assertThat(bezoeker.get("/openbaar/bestaat-niet/sitemap.xml").status()).isEqualTo(404);
        assertThat(bezoeker.get("/openbaar/" + code + "/sitemap-afspraken.xml").status()).isEqualTo(200);
    }
}
