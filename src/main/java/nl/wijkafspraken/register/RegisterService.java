package nl.wijkafspraken.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wijkafspraken.afspraken.AfsprakenRegel;
import nl.wijkafspraken.afspraken.OpenbareAfspraken;
import nl.wijkafspraken.afspraken.OpenbareAfsprakenTreffer;
import nl.wijkafspraken.afspraken.OpenbareVersie;
import nl.wijkafspraken.besluit.OpenbaarBesluitTreffer;
import nl.wijkafspraken.besluit.OpenbaarDocument;
import nl.wijkafspraken.besluit.OpenbareBesluiten;
import nl.wijkafspraken.convenant.OpenbaarConvenant;
import nl.wijkafspraken.convenant.OpenbareConvenanten;
import nl.wijkafspraken.gedeeld.Markering;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Zoekresultaat;
import nl.wijkafspraken.gemeente.GemeenteInfo;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.gemeente.WijkInfo;
import nl.wijkafspraken.gemeente.WijkRegister;
import nl.wijkafspraken.opmaak.Opmaak;
import nl.wijkafspraken.register.Zoekuitkomst.Soort;
import nl.wijkafspraken.register.Zoekuitkomst.Treffer;
import nl.wijkafspraken.wijkoverleg.OpenbaarRegister;
import nl.wijkafspraken.wijkoverleg.OpenbaarWijkoverleg;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public register of one gemeente, named by its code (e.g. {@code aalsmeer}): the read model of the public pages
 * and the open-data API. Needs no login and asks nobody who is logged in. An unknown gemeente code, and anything
 * that is not public (a concept, a besluit that is not published, another gemeente's object), is "not found".
 */
@Service
@Transactional(readOnly = true)
public class RegisterService {

    /** A search question holds at most this many characters. */
    public static final int MAX_ZOEKVRAAG = 200;
    /** A search shows at most this many hits (pages beyond do not exist). */
    public static final int MAX_TREFFERS = 1000;

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern IDENTIFICATIE = Pattern.compile("B[0-9]{2}-[0-9]{6}");

    private final GemeenteRegister gemeenten;
    private final WijkRegister wijken;
    private final OpenbaarRegister wijkoverleggen;
    private final OpenbareAfspraken afspraken;
    private final OpenbareConvenanten convenanten;
    private final OpenbareBesluiten besluiten;
    private final Opmaak opmaak;
    private final Ondertekeningsbewijs bewijs;

    RegisterService(GemeenteRegister gemeenten, WijkRegister wijken, OpenbaarRegister wijkoverleggen,
            OpenbareAfspraken afspraken, OpenbareConvenanten convenanten, OpenbareBesluiten besluiten, Opmaak opmaak,
            Ondertekeningsbewijs bewijs) {
        this.gemeenten = gemeenten;
        this.wijken = wijken;
        this.wijkoverleggen = wijkoverleggen;
        this.afspraken = afspraken;
        this.convenanten = convenanten;
        this.besluiten = besluiten;
        this.opmaak = opmaak;
        this.bewijs = bewijs;
    }

    /** Every gemeente this installation serves, by name. */
    public List<GemeenteInfo> gemeenten() {
        return gemeenten.alleGemeenten();
    }

    public GemeenteInfo gemeente(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new NietGevondenException("Gemeente", code);
        }
        return gemeenten.gemeenteMetCode(code).orElseThrow(() -> new NietGevondenException("Gemeente", code));
    }

    public Startpagina start(String code) {
        var gemeente = gemeente(code);
        var alle = wijkoverleggen.wijkoverleggen(gemeente.id());
        var recent = besluiten.lijst(gemeente.id(), PageRequest.of(0, 5));
        var lijst = convenanten.convenanten(gemeente.id(), id -> null);
        return new Startpagina(gemeente, alle.stream().filter(w -> !w.isOpgeheven()).count(),
                wijkenZonderWijkoverleg(gemeente.id(), alle), afspraken.lijst(gemeente.id()), recent.getContent(),
                recent.getTotalElements(), lijst.size(),
                lijst.stream().filter(OpenbaarConvenant::isIngetrokken).count());
    }

    public Wijkoverleggenpagina wijkoverleggen(String code) {
        var gemeente = gemeente(code);
        var alle = wijkoverleggen.wijkoverleggen(gemeente.id());
        return new Wijkoverleggenpagina(gemeente, alle, wijkenZonderWijkoverleg(gemeente.id(), alle));
    }

    public OpenbaarWijkoverleg wijkoverleg(String code, long id) {
        return wijkoverleggen.wijkoverleg(gemeente(code).id(), id)
                .orElseThrow(() -> new NietGevondenException("Wijkoverleg", id));
    }

    public Afsprakenlijst afspraken(String code) {
        var gemeente = gemeente(code);
        return new Afsprakenlijst(gemeente, afspraken.lijst(gemeente.id()));
    }

    public Afsprakenpagina afspraken(String code, long id) {
        var gemeente = gemeente(code);
        var weergave = afspraken.afspraken(gemeente.id(), id, besluiten.gepubliceerd(gemeente.id()))
                .orElseThrow(() -> new NietGevondenException("Afspraken", id));
        var geldende = weergave.geldendeVersie();
        var ondertekend = geldende.map(v -> bewijs.perWijkoverleg(gemeente.id(), id, v.nummer())).orElse(Map.of());
        var partijen = weergave.partijen().stream().map(p -> {
            var partijbewijs = ondertekend.get(p.wijkoverlegId());
            return partijbewijs == null ? new Afsprakenpagina.Partij(p, List.of(), null)
                    : new Afsprakenpagina.Partij(p, partijbewijs.handtekeningen().stream()
                            .map(h -> new Afsprakenpagina.Ondertekenaar(h.naam(), h.functie())).toList(),
                            partijbewijs.verzegeldSha256());
        }).toList();
        return new Afsprakenpagina(gemeente, weergave, geldende.map(this::tekst).orElse(List.of()), partijen,
                geldende.flatMap(v -> bewijs.verzegeldePdf(gemeente.id(), id, v.nummer())).orElse(null));
    }

    public Versiepagina versie(String code, long id, int nummer) {
        var gemeente = gemeente(code);
        var weergave = afspraken.afspraken(gemeente.id(), id, besluiten.gepubliceerd(gemeente.id()))
                .orElseThrow(() -> new NietGevondenException("Afspraken", id));
        var versie = weergave.versie(nummer).orElseThrow(() -> new NietGevondenException("Versie", nummer));
        return new Versiepagina(gemeente, id, weergave.titel(), versie, tekst(versie), weergave.versies());
    }

    /**
     * Two public versions side by side. Without a choice ({@code van} or {@code naar} null) the version in force is
     * compared with the one before it. With fewer than two public versions there is nothing to compare: the page
     * has no comparison.
     */
    public Vergelijkingspagina vergelijk(String code, long id, Integer van, Integer naar) {
        var gemeente = gemeente(code);
        var gepubliceerd = besluiten.gepubliceerd(gemeente.id());
        var weergave = afspraken.afspraken(gemeente.id(), id, gepubliceerd)
                .orElseThrow(() -> new NietGevondenException("Afspraken", id));
        var versies = weergave.versies();
        if (van == null || naar == null) {
            if (versies.size() < 2) {
                return new Vergelijkingspagina(gemeente, null, versies);
            }
            van = versies.get(1).nummer();
            naar = versies.get(0).nummer();
        }
        int oud = van;
        int nieuw = naar;
        var vergelijking = afspraken.vergelijk(gemeente.id(), id, oud, nieuw, gepubliceerd)
                .orElseThrow(() -> new NietGevondenException("Versie", oud + "-" + nieuw));
        return new Vergelijkingspagina(gemeente, vergelijking, versies);
    }

    public Convenantenpagina convenanten(String code) {
        var gemeente = gemeente(code);
        var openbareAfspraken = afspraken.lijst(gemeente.id()).stream().map(AfsprakenRegel::id)
                .collect(Collectors.toSet());
        var redenen = new HashMap<Long, Optional<String>>();
        var regels = convenanten.convenanten(gemeente.id(), besluiten.gepubliceerd(gemeente.id())).stream()
                .map(c -> {
                    var intrekking = c.intrekking();
                    String reden = null;
                    if (intrekking != null && intrekking.besluitId() != null && intrekking.besluitpuntId() != null) {
                        reden = redenen.computeIfAbsent(intrekking.besluitpuntId(), punt -> besluiten
                                .besluitpunt(gemeente.id(), intrekking.besluitId(), punt)).orElse(null);
                    }
                    var vervangend = intrekking != null && intrekking.vervangendeAfsprakenId() != null
                            && openbareAfspraken.contains(intrekking.vervangendeAfsprakenId());
                    return new Convenantenpagina.Regel(c, reden, vervangend);
                }).toList();
        return new Convenantenpagina(gemeente, regels);
    }

    public Besluitenpagina besluiten(String code, int pagina, int aantal) {
        var gemeente = gemeente(code);
        var pageable = Paginering.pagina(pagina, aantal);
        return new Besluitenpagina(gemeente, Paginering.bestaand(besluiten.lijst(gemeente.id(), pageable)));
    }

    public Besluitpagina besluit(String code, String identificatie) {
        var gemeente = gemeente(code);
        var besluit = gepubliceerd(identificatie, i -> besluiten.besluit(gemeente.id(), i));
        var punten = besluit.besluitpunten().stream().map(p -> opmaak.naarHtml(p.tekst())).toList();
        var secties = besluit.secties().stream()
                .map(s -> new Besluitpagina.Sectietekst(s.kop(), s.ondertitel(), opmaak.naarHtml(s.markdown())))
                .toList();
        return new Besluitpagina(gemeente, besluit, punten, secties);
    }

    /** The PDF of a published besluit (the decided collegevoorstel, without the civil servant's contact details). */
    public OpenbaarDocument besluitPdf(String code, String identificatie) {
        var gemeente = gemeente(code);
        return gepubliceerd(identificatie, i -> besluiten.pdf(gemeente.id(), i));
    }

    /**
     * Full-text search across the published besluiten and the public versions of the afspraken, best first. An
     * empty question gives no hits; one over {@link #MAX_ZOEKVRAAG} characters is a bad request.
     */
    public Zoekuitkomst zoek(String code, String vraag, int pagina, int aantal) {
        var gemeente = gemeente(code);
        var tekst = vraag == null ? "" : vraag.strip();
        if (tekst.length() > MAX_ZOEKVRAAG) {
            throw new OngeldigVerzoekException("register.zoeken.teLang.tekens", MAX_ZOEKVRAAG);
        }
        var pageable = Paginering.pagina(pagina, aantal);
        if (tekst.isEmpty()) {
            return new Zoekuitkomst(gemeente, "", new PageImpl<>(List.of(), pageable, 0));
        }
        long nodig = (long) (pagina + 1) * aantal;
        if (nodig - aantal >= MAX_TREFFERS) {
            throw new NietGevondenException("Pagina", pagina);
        }
        int eerste = (int) Math.min(nodig, MAX_TREFFERS);
        var inBesluiten = besluiten.zoek(gemeente.id(), tekst, eerste);
        var inAfspraken = afspraken.zoek(gemeente.id(), tekst, eerste);

        record Kandidaat(Soort soort, long id, double rang, int plaats) {
        }
        var kandidaten = new ArrayList<Kandidaat>();
        voegToe(kandidaten, inBesluiten, (r, i) -> new Kandidaat(Soort.BESLUIT, r.id(), r.rang(), i));
        voegToe(kandidaten, inAfspraken, (r, i) -> new Kandidaat(Soort.AFSPRAKEN, r.id(), r.rang(), i));
        kandidaten.sort(Comparator.comparingDouble(Kandidaat::rang).reversed()
                .thenComparing(Kandidaat::soort).thenComparingInt(Kandidaat::plaats));
        var opPagina = kandidaten.stream().skip(pageable.getOffset()).limit(aantal).toList();

        Map<Long, OpenbaarBesluitTreffer> besluitTreffers = besluiten.treffers(gemeente.id(), tekst,
                ids(opPagina, Soort.BESLUIT, Kandidaat::soort, Kandidaat::id)).stream()
                .collect(Collectors.toMap(OpenbaarBesluitTreffer::id, Function.identity()));
        Map<Long, OpenbareAfsprakenTreffer> afsprakenTreffers = afspraken.treffers(gemeente.id(), tekst,
                ids(opPagina, Soort.AFSPRAKEN, Kandidaat::soort, Kandidaat::id)).stream()
                .collect(Collectors.toMap(OpenbareAfsprakenTreffer::versieId, Function.identity()));
        var treffers = opPagina.stream().map(k -> k.soort() == Soort.BESLUIT
                ? Optional.ofNullable(besluitTreffers.get(k.id())).map(RegisterService::treffer)
                : Optional.ofNullable(afsprakenTreffers.get(k.id())).map(RegisterService::treffer))
                .flatMap(Optional::stream).toList();
        var totaal = Math.min(inBesluiten.totaal() + inAfspraken.totaal(), MAX_TREFFERS);
        return new Zoekuitkomst(gemeente, tekst, Paginering.bestaand(new PageImpl<>(treffers, pageable, totaal)));
    }

    private static <K> void voegToe(List<K> kandidaten, Zoekresultaat resultaat,
            java.util.function.BiFunction<Zoekresultaat.Rang, Integer, K> kandidaat) {
        var eerste = resultaat.eerste();
        for (int i = 0; i < eerste.size(); i++) {
            kandidaten.add(kandidaat.apply(eerste.get(i), i));
        }
    }

    private static <K> List<Long> ids(List<K> kandidaten, Soort soort, Function<K, Soort> soortVan,
            Function<K, Long> idVan) {
        return kandidaten.stream().filter(k -> soortVan.apply(k) == soort).map(idVan).toList();
    }

    private static Treffer treffer(OpenbaarBesluitTreffer t) {
        return new Treffer(Soort.BESLUIT, Markering.zonderMarkering(t.onderwerp()), Markering.naarHtml(t.onderwerp()),
                Markering.naarHtml(t.uittreksel()), t.datum(), t.identificatie(), t.zaaknummer(), null, null, null);
    }

    private static Treffer treffer(OpenbareAfsprakenTreffer t) {
        return new Treffer(Soort.AFSPRAKEN, Markering.zonderMarkering(t.titel()), Markering.naarHtml(t.titel()),
                Markering.naarHtml(t.uittreksel()), t.ingangsdatum(), null, null, t.afsprakenId(), t.versie(),
                t.status());
    }

    /** A published besluit by identificatie; a malformed identificatie is not looked up at all. */
    private static <T> T gepubliceerd(String identificatie, Function<String, Optional<T>> zoek) {
        if (identificatie == null || !IDENTIFICATIE.matcher(identificatie).matches()) {
            throw new NietGevondenException("Besluit", identificatie);
        }
        return zoek.apply(identificatie).orElseThrow(() -> new NietGevondenException("Besluit", identificatie));
    }

    private List<Artikeltekst> tekst(OpenbareVersie versie) {
        return versie.artikelen().stream().map(a -> new Artikeltekst(a.nummer(), a.kop(), opmaak.naarHtml(a.tekst())))
                .toList();
    }

    /** The wijken without a wijkoverleg that is active or being founded, by name. */
    private List<String> wijkenZonderWijkoverleg(long gemeenteId, List<OpenbaarWijkoverleg> alle) {
        var gedekt = alle.stream().filter(w -> !w.isOpgeheven()).flatMap(w -> w.wijken().stream())
                .collect(Collectors.toSet());
        return wijken.wijken(gemeenteId).stream().map(WijkInfo::naam).filter(naam -> !gedekt.contains(naam)).toList();
    }
}
