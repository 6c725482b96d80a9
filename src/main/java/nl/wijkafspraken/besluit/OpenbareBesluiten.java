package nl.wijkafspraken.besluit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidInfo;
import nl.wijkafspraken.gedeeld.Markering;
import nl.wijkafspraken.gedeeld.Zoekresultaat;
import nl.wijkafspraken.gedeeld.Zoekvraag;
import nl.wijkafspraken.opmaak.PdfService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published besluiten as anyone may read them without logging in (module register, Woo). A besluit is published
 * when its collegevoorstel has Openbaarheid: ja and its publicatiedatum has come (today or earlier, by the
 * application's clock); any other besluit does not exist here: not in a list, not by its identificatie, not in the
 * search, not as PDF. Asks nobody who is logged in; the caller names the gemeente, and another gemeente's besluit
 * is never found.
 */
@Service
@Transactional(readOnly = true)
public class OpenbareBesluiten {

    private static final Sort NIEUWSTE_EERST = Sort.by(Sort.Order.desc("datum"), Sort.Order.desc("identificatie"));

    private final OpenbaarBesluitRepository besluiten;
    private final CollegevoorstelRepository voorstellen;
    private final BwVergaderingRepository vergaderingen;
    private final UitgevoerdEffectRepository uitgevoerd;
    private final CollegeService college;
    private final Weergaven weergaven;
    private final PdfService pdf;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OpenbareBesluiten(OpenbaarBesluitRepository besluiten, CollegevoorstelRepository voorstellen,
            BwVergaderingRepository vergaderingen, UitgevoerdEffectRepository uitgevoerd, CollegeService college,
            Weergaven weergaven, PdfService pdf, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.besluiten = besluiten;
        this.voorstellen = voorstellen;
        this.vergaderingen = vergaderingen;
        this.uitgevoerd = uitgevoerd;
        this.college = college;
        this.weergaven = weergaven;
        this.pdf = pdf;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The published besluiten of the gemeente, newest first (the page's own sort is ignored). */
    public Page<OpenbaarBesluitRegel> lijst(long gemeenteId, Pageable pageable) {
        var pagina = besluiten.gepubliceerd(gemeenteId, vandaag(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NIEUWSTE_EERST));
        Map<Long, Collegevoorstel> perId = voorstellen.findByGemeenteIdAndIdIn(gemeenteId,
                pagina.map(Besluit::getCollegevoorstelId).toList()).stream()
                .collect(Collectors.toMap(Collegevoorstel::getId, Function.identity()));
        return pagina.map(b -> {
            var v = perId.get(b.getCollegevoorstelId());
            return new OpenbaarBesluitRegel(b.getIdentificatie(), b.getDatum(), b.getPublicatiedatum(),
                    v.getZaaknummer(), v.getOnderwerp(), v.getUitkomst());
        });
    }

    /** A published besluit by its identificatie (e.g. B26-000001); empty for any other. */
    public Optional<OpenbaarBesluit> besluit(long gemeenteId, String identificatie) {
        return besluiten.gepubliceerd(gemeenteId, identificatie, vandaag()).map(b -> {
            var v = voorstellen.findByIdAndGemeenteId(b.getCollegevoorstelId(), gemeenteId).orElseThrow();
            var vergadering = vergaderingen.metAgendapunt(b.getAgendapuntId()).orElseThrow();
            var resultaten = uitgevoerd.findByBesluitId(b.getId()).stream()
                    .collect(Collectors.toMap(UitgevoerdEffect::getBesluitpuntId, UitgevoerdEffect::getOmschrijving));
            var punten = v.getBesluitpunten();
            var besluitpunten = IntStream.range(0, punten.size()).mapToObj(i -> {
                var p = punten.get(i);
                return new OpenbaarBesluit.Punt(i + 1, p.getGeldendeTekst(),
                        p.getBeslotenTekst() != null ? p.getTekst() : null, p.isVervallen(),
                        resultaten.get(p.getId()));
            }).toList();
            var secties = v.getSecties().entrySet().stream().map(s -> new OpenbaarBesluit.Tekst(s.getKey(),
                    s.getKey().kop(), s.getKey().ondertitel(), s.getValue())).toList();
            var portefeuillehouder = v.getPortefeuillehouderId() == null ? null
                    : college.collegelid(gemeenteId, v.getPortefeuillehouderId()).map(CollegelidInfo::titel)
                            .orElse(null);
            return new OpenbaarBesluit(b.getIdentificatie(), b.getBestuursorgaan(), b.getDatum(),
                    b.getIngangsdatum(), b.getVervaldatum(), b.getVervalreden(), b.getPublicatiedatum(),
                    v.getZaaknummer(), v.getOnderwerp(), v.getUitkomst(), v.isNaarRaad(), vergadering.getDatum(),
                    vergadering.agendapunt(b.getAgendapuntId()).getNummer(), portefeuillehouder, team(v),
                    besluitpunten, secties, v.getBijlagen().stream().map(Bijlage::getTitel).toList(),
                    v.getGewijzigdOp());
        });
    }

    /**
     * The decided collegevoorstel of a published besluit as PDF, in the same layout as the secretary's export
     * ({@link DocumentExport}), but without the civil servant's name, phone and e-mail (the team stays).
     */
    public Optional<OpenbaarDocument> pdf(long gemeenteId, String identificatie) {
        return besluiten.gepubliceerd(gemeenteId, identificatie, vandaag()).map(b -> {
            var v = voorstellen.findByIdAndGemeenteId(b.getCollegevoorstelId(), gemeenteId).orElseThrow();
            var document = DocumentExport.document(weergaven.openbaarVoorstel(v));
            return new OpenbaarDocument("besluit-" + b.getIdentificatie() + ".pdf", pdf.collegevoorstel(document),
                    v.getGewijzigdOp());
        });
    }

    /**
     * The identificatie of each published besluit of the gemeente by id (null for any other id): for the modules
     * that name the besluit that decided them, and may name it only when it is published.
     */
    public LongFunction<String> gepubliceerd(long gemeenteId) {
        var identificaties = new HashMap<Long, String>();
        besluiten.gepubliceerdeIdentificaties(gemeenteId, vandaag())
                .forEach(rij -> identificaties.put((Long) rij[0], (String) rij[1]));
        return identificaties::get;
    }

    /** The identificatie of a published besluit; empty when the besluit is not published. */
    public Optional<String> identificatie(long gemeenteId, long besluitId) {
        return besluiten.gepubliceerdeIdentificatie(gemeenteId, besluitId, vandaag());
    }

    /** The text (as decided) of a besluitpunt of a published besluit; empty when the besluit is not published. */
    public Optional<String> besluitpunt(long gemeenteId, long besluitId, long besluitpuntId) {
        return identificatie(gemeenteId, besluitId).flatMap(i -> besluiten.gepubliceerd(gemeenteId, i, vandaag()))
                .flatMap(b -> voorstellen.findByIdAndGemeenteId(b.getCollegevoorstelId(), gemeenteId))
                .flatMap(v -> v.getBesluitpunten().stream().filter(p -> p.getId() == besluitpuntId).findFirst())
                .map(Besluitpunt::getGeldendeTekst);
    }

    /**
     * Full-text search (PostgreSQL, 'dutch') over the published besluiten of the gemeente: onderwerp, zaaknummer,
     * identificatie, the besluitpunten as decided and the text sections. The {@code aantal} best by besluit id and
     * rank, with the total; {@link #treffers} then gives the hits to show.
     */
    public Zoekresultaat zoek(long gemeenteId, String zoekvraag, int aantal) {
        var parameters = parameters(gemeenteId, zoekvraag).addValue("aantal", aantal);
        var totaal = jdbc.queryForObject("select count(*) " + TREFFERS, parameters, Long.class);
        if (totaal == null || totaal == 0) {
            return Zoekresultaat.leeg();
        }
        var eerste = jdbc.query("select b.id, ts_rank(d.doc, q.q) as rang " + TREFFERS
                + " order by rang desc, b.datum desc, b.id desc limit :aantal", parameters,
                (rs, i) -> new Zoekresultaat.Rang(rs.getLong("id"), rs.getDouble("rang")));
        return new Zoekresultaat(totaal, eerste);
    }

    /**
     * The hits with these besluit ids (from {@link #zoek}) with the found words highlighted in the onderwerp and in
     * an excerpt of the text, in no particular order. Only published besluiten that match come back.
     */
    public List<OpenbaarBesluitTreffer> treffers(long gemeenteId, String zoekvraag, Collection<Long> besluitIds) {
        if (besluitIds.isEmpty()) {
            return List.of();
        }
        var parameters = parameters(gemeenteId, zoekvraag).addValue("ids", besluitIds)
                .addValue("titel", Markering.TITEL).addValue("uittreksel", Markering.UITTREKSEL);
        var schoon = Markering.SQL_ZONDER_MARKERINGEN;
        return jdbc.query("""
                select b.id, b.identificatie, b.datum, c.zaaknummer, ts_rank(d.doc, q.q) as rang,
                       ts_headline('dutch', %s, q.q, :titel) as onderwerp,
                       ts_headline('dutch', concat_ws(E'\\n',
                           (select string_agg(%s, E'\\n' order by p.volgorde) from besluitpunt p
                            where p.collegevoorstel_id = c.id and not p.vervallen),
                           (select string_agg(%s, E'\\n' order by s.sectie) from collegevoorstel_sectie s
                            where s.collegevoorstel_id = c.id)), q.q, :uittreksel) as uittreksel
                %s and b.id in (:ids)
                """.formatted(schoon.formatted("c.onderwerp"), schoon.formatted("coalesce(p.besloten_tekst, p.tekst)"),
                schoon.formatted("s.tekst"), TREFFERS), parameters,
                (rs, i) -> new OpenbaarBesluitTreffer(rs.getLong("id"), rs.getString("identificatie"),
                        rs.getObject("datum", LocalDate.class), rs.getString("zaaknummer"), rs.getString("onderwerp"),
                        rs.getString("uittreksel"), rs.getDouble("rang")));
    }

    private MapSqlParameterSource parameters(long gemeenteId, String zoekvraag) {
        return new MapSqlParameterSource().addValue("gemeente", gemeenteId).addValue("vraag", tsquery(zoekvraag))
                .addValue("vandaag", vandaag());
    }

    /** The question as query text, widened to Dutch word forms ({@link Zoekvraag}). */
    private String tsquery(String zoekvraag) {
        return Zoekvraag.metWoordvormen(jdbc.getJdbcTemplate().queryForObject(Zoekvraag.SQL, String.class,
                zoekvraag));
    }

    /**
     * The published besluiten of the gemeente that match the query: the same rule as
     * {@link OpenbaarBesluitRepository#GEPUBLICEERD}, in SQL. The document vector of each voorstel is kept by the
     * database (V56), so the match reads one stored vector per besluit instead of aggregating its parts.
     */
    private static final String TREFFERS = """
            from besluit b
            join collegevoorstel c on c.id = b.collegevoorstel_id and c.gemeente_id = b.gemeente_id
            join collegevoorstel_zoekdocument d on d.collegevoorstel_id = c.id
            cross join (select cast(:vraag as tsquery) as q) q
            where b.gemeente_id = :gemeente and c.openbaar
              and b.publicatiedatum is not null and b.publicatiedatum <= :vandaag
              and d.doc @@ q.q
            """;

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    private static String team(Collegevoorstel v) {
        return v.getTeam() == null || v.getTeam().isBlank() ? null : v.getTeam().strip();
    }
}
