package nl.wijkafspraken.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.wijkafspraken.afspraken.Afsprakenpublicaties;
import nl.wijkafspraken.afspraken.Versiepublicatie;
import nl.wijkafspraken.besluit.Besluitpublicatie;
import nl.wijkafspraken.besluit.Besluitpublicaties;
import nl.wijkafspraken.besluit.OpenbareBesluiten;
import nl.wijkafspraken.convenant.OpenbaarConvenant;
import nl.wijkafspraken.convenant.OpenbareConvenanten;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gemeente.GemeenteInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Woo active publication (Woo art. 3.3, issue 18): what the national Woo-index harvests. {@code /robots.txt} names a
 * sitemap index per gemeente; the index names the sitemaps; each sitemap entry is a public document with its DiWoo
 * metadata: every published besluit (its PDF), every public version of the afspraken (a convenant), and the
 * withdrawal of the convenanten wijkbeheer of 2007. Only what the public register shows is listed: a besluit that is
 * not published (Woo) does not exist here either, and no entry carries personal data (only titles, dates,
 * identifiers and the gemeente). Every entry is validated against the shipped DiWoo schema; one that does not validate
 * is left out and logged, never published broken. A gemeente without a CBS gemeentecode has no sitemap (its
 * publisher URI would be unknown).
 */
@Service
@Transactional(readOnly = true)
public class SitemapService {

    /**
     * Entries per sitemap file. The protocol allows 50,000 entries and 50 MB; with its DiWoo metadata an entry is up
     * to about 2.5 kB, so 20,000 keep a file under both limits.
     */
    static final int PER_SITEMAP = 20_000;
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(SitemapService.class);
    private static final String URLSET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";

    private final RegisterService register;
    private final Besluitpublicaties besluiten;
    private final Afsprakenpublicaties afspraken;
    private final OpenbareBesluiten openbareBesluiten;
    private final OpenbareConvenanten convenanten;
    private final DiwooSchema schema;
    private final String basisUrl;

    SitemapService(RegisterService register, Besluitpublicaties besluiten, Afsprakenpublicaties afspraken,
            OpenbareBesluiten openbareBesluiten, OpenbareConvenanten convenanten, DiwooSchema schema,
            @Value("${wijkafspraken.basis-url:http://localhost:8080}") String basisUrl) {
        this.register = register;
        this.besluiten = besluiten;
        this.afspraken = afspraken;
        this.openbareBesluiten = openbareBesluiten;
        this.convenanten = convenanten;
        this.schema = schema;
        this.basisUrl = basisUrl.strip().replaceAll("/+$", "");
    }

    /** robots.txt: the public register may be crawled, the rest (behind the login) not; one sitemap per gemeente. */
    public String robots() {
        var tekst = new StringBuilder("User-agent: *\nAllow: /openbaar\nAllow: /toegankelijkheid\nAllow: /verifieren\n"
                + "Allow: /api/\nAllow: /css/\nAllow: /img/\nAllow: /js/\nAllow: /webjars/\nDisallow: /\n\n");
        for (var gemeente : register.gemeenten()) {
            if (gemeente.cbsCode() != null) {
                tekst.append("Sitemap: ").append(adres(gemeente, "/sitemap.xml")).append('\n');
            }
        }
        return tekst.toString();
    }

    /** The sitemap index of the gemeente: the besluiten in blocks of {@link #PER_SITEMAP}, then the afspraken. */
    public String index(String code) {
        var gemeente = gemeente(code);
        var tekst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (var blok : besluiten.blokken(gemeente.id(), PER_SITEMAP)) {
            sitemap(tekst, adres(gemeente, "/sitemap-besluiten-" + blok.nummer() + ".xml"), blok.gewijzigdOp());
        }
        var overig = afsprakenEnConvenanten(gemeente);
        if (!overig.isEmpty()) {
            sitemap(tekst, adres(gemeente, "/sitemap-afspraken.xml"), overig.stream().map(Woodocument::gewijzigdOp)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null));
        }
        return tekst.append("</sitemapindex>\n").toString();
    }

    /** Block {@code blok} of the published besluiten, each the PDF of the besluit. Unknown block: not found. */
    public void besluiten(String code, int blok, Writer uit) {
        var gemeente = gemeente(code);
        var rijen = blok < 0 ? List.<Besluitpublicatie>of() : besluiten.blok(gemeente.id(), blok, PER_SITEMAP);
        if (rijen.isEmpty()) {
            throw new NietGevondenException("Sitemap", blok);
        }
        var vastgesteld = afspraken.versies(gemeente.id()).stream()
                .collect(Collectors.groupingBy(Versiepublicatie::besluitId));
        schrijf(uit, gemeente, rijen.stream().map(b -> besluit(gemeente, b, vastgesteld.getOrDefault(b.id(),
                List.of()))).toList());
    }

    /** The public versions of the afspraken and the withdrawal of the 2007 convenanten. */
    public void afspraken(String code, Writer uit) {
        var gemeente = gemeente(code);
        var documenten = afsprakenEnConvenanten(gemeente);
        if (documenten.isEmpty()) {
            throw new NietGevondenException("Sitemap", "afspraken");
        }
        schrijf(uit, gemeente, documenten);
    }

    private GemeenteInfo gemeente(String code) {
        var gemeente = register.gemeente(code);
        if (gemeente.cbsCode() == null) {
            throw new NietGevondenException("Sitemap", code);
        }
        return gemeente;
    }

    private Woodocument besluit(GemeenteInfo g, Besluitpublicatie b, List<Versiepublicatie> vastgesteld) {
        var relaties = vastgesteld.stream().map(v -> new Woodocument.Relatie(versieAdres(g, v),
                v.titel() + ", versie " + v.nummer())).toList();
        var identifiers = new ArrayList<String>(List.of(b.identificatie()));
        if (b.zaaknummer() != null) {
            identifiers.add(b.zaaknummer());
        }
        return new Woodocument(besluitAdres(g, b.identificatie()), b.gewijzigdOp(), b.onderwerp(),
                Tooi.OVERIGE_BESLUITEN, Tooi.DOCUMENTSOORT_BESLUIT, Tooi.PDF, identifiers, b.datum(), b.besloten(),
                relaties);
    }

    /**
     * The public versions (text as vastgesteld: it never changes after) and, once any convenant is withdrawn, the
     * convenanten page with the withdrawal. A version names its besluit only when that besluit is published.
     */
    private List<Woodocument> afsprakenEnConvenanten(GemeenteInfo g) {
        var versies = afspraken.versies(g.id());
        var gepubliceerd = openbareBesluiten.gepubliceerd(g.id());
        var datums = besluiten.datums(g.id(), versies.stream().map(Versiepublicatie::besluitId).toList());
        var documenten = new ArrayList<Woodocument>();
        for (var v : versies) {
            var identificatie = gepubliceerd.apply(v.besluitId());
            var datum = datums.get(v.besluitId());
            var vastgesteld = datum == null ? null : datum.atStartOfDay(NEDERLAND).toInstant();
            documenten.add(new Woodocument(versieAdres(g, v), vastgesteld, v.titel() + ", versie " + v.nummer(),
                    Tooi.CONVENANTEN, Tooi.DOCUMENTSOORT_CONVENANT, Tooi.HTML,
                    List.of(versieAdres(g, v)), datum, vastgesteld, identificatie == null ? List.of()
                            : List.of(new Woodocument.Relatie(besluitAdres(g, identificatie), identificatie))));
        }
        var lijst = convenanten.convenanten(g.id(), gepubliceerd);
        var ingetrokken = lijst.stream().filter(OpenbaarConvenant::isIngetrokken).toList();
        if (!ingetrokken.isEmpty()) {
            documenten.add(intrekking(g, ingetrokken));
        }
        return documenten;
    }

    /**
     * The withdrawal of the convenanten wijkbeheer (2007) as the convenanten page shows it. Its lastmod is the
     * latest published besluit that withdrew one; without one it is not known and left out.
     */
    private Woodocument intrekking(GemeenteInfo g, List<OpenbaarConvenant> ingetrokken) {
        var relaties = new ArrayList<Woodocument.Relatie>();
        ingetrokken.stream().map(OpenbaarConvenant::intrekking).map(OpenbaarConvenant.Intrekking::besluitIdentificatie)
                .filter(Objects::nonNull).distinct()
                .forEach(i -> relaties.add(new Woodocument.Relatie(besluitAdres(g, i), i)));
        ingetrokken.stream().map(OpenbaarConvenant::intrekking)
                .filter(i -> i.vervangendeAfsprakenId() != null).map(i -> new Woodocument.Relatie(
                        adres(g, "/afspraken/" + i.vervangendeAfsprakenId()), i.vervangendeAfspraken()))
                .distinct().forEach(relaties::add);
        var besluitIds = ingetrokken.stream().map(c -> c.intrekking().besluitId()).filter(Objects::nonNull).toList();
        var datums = besluiten.datums(g.id(), besluitIds).values();
        LocalDate laatste = datums.stream().max(Comparator.naturalOrder()).orElse(null);
        var vervaldatum = ingetrokken.stream().map(c -> c.intrekking().vervaldatum()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        var vastgesteld = laatste != null ? laatste : vervaldatum;
        Instant tijd = vastgesteld == null ? null : vastgesteld.atStartOfDay(NEDERLAND).toInstant();
        var loc = adres(g, "/convenanten");
        return new Woodocument(loc, laatste == null ? null : tijd,
                "Intrekking convenanten wijkbeheer 2007, gemeente " + g.naam(), Tooi.CONVENANTEN,
                Tooi.DOCUMENTSOORT_CONVENANT, Tooi.HTML, List.of(loc), vastgesteld, tijd, relaties);
    }

    private void schrijf(Writer uit, GemeenteInfo g, List<Woodocument> documenten) {
        var publisher = Tooi.gemeente(g.cbsCode(), g.naam());
        var validator = schema.validator();
        try {
            uit.write(URLSET);
            for (var d : documenten) {
                var document = Diwoo.document(d, publisher);
                var fout = DiwooSchema.fout(validator, document);
                if (fout != null) {
                    log.warn("Woo-sitemap van {}: {} weggelaten, voldoet niet aan het DiWoo-schema: {}", g.code(),
                            d.loc(), fout);
                    continue;
                }
                uit.write(Diwoo.url(d, document));
                uit.write('\n');
            }
            uit.write("</urlset>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sitemap(StringBuilder tekst, String loc, Instant gewijzigdOp) {
        tekst.append("  <sitemap><loc>").append(HtmlUtils.htmlEscape(loc))
                .append("</loc>");
        if (gewijzigdOp != null) {
            tekst.append("<lastmod>").append(Diwoo.tijd(gewijzigdOp)).append("</lastmod>");
        }
        tekst.append("</sitemap>\n");
    }

    private String adres(GemeenteInfo g, String pad) {
        return basisUrl + "/openbaar/" + g.code() + pad;
    }

    private String besluitAdres(GemeenteInfo g, String identificatie) {
        return adres(g, "/besluiten/" + identificatie + "/pdf");
    }

    private String versieAdres(GemeenteInfo g, Versiepublicatie v) {
        return adres(g, "/afspraken/" + v.afsprakenId() + "/versies/" + v.nummer());
    }
}
