package nl.wijkafspraken.afspraken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wijkafspraken.gedeeld.Markering;
import nl.wijkafspraken.gedeeld.Zoekresultaat;
import nl.wijkafspraken.gedeeld.Zoekvraag;
import nl.wijkafspraken.wijkoverleg.WijkoverlegInfo;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The afspraken as anyone may read them without logging in (module register): only afspraken with a vastgestelde
 * version, only their vastgestelde and vervangen versions (never a concept), the parties with the date each signed
 * which version, the renewals without their evaluation texts, and the comparison of two public versions. Asks
 * nobody who is logged in; the caller names the gemeente.
 *
 * <p>This module does not know which besluiten are published: the caller passes, per besluit id, the identificatie
 * of the published besluit (or null), and a version adopted by a besluit that is not published is shown without
 * naming it or its zaaknummer.
 */
@Service
@Transactional(readOnly = true)
public class OpenbareAfspraken {

    private final AfsprakenRepository afspraken;
    private final WijkoverlegService wijkoverleggen;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OpenbareAfspraken(AfsprakenRepository afspraken, WijkoverlegService wijkoverleggen,
            NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.afspraken = afspraken;
        this.wijkoverleggen = wijkoverleggen;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The afspraken of the gemeente that have been vastgesteld, newest first. */
    public List<AfsprakenRegel> lijst(long gemeenteId) {
        var vandaag = LocalDate.now(clock);
        var opgeheven = AfsprakenToegang.opgeheven(register(gemeenteId));
        return afspraken.findByGemeenteIdOrderByIdDesc(gemeenteId).stream()
                .filter(a -> a.looptijd().isPresent())
                .map(a -> AfsprakenRegel.van(a, vandaag, opgeheven))
                .toList();
    }

    /** Afspraken of the gemeente that have been vastgesteld; empty for a concept or another gemeente's id. */
    public Optional<OpenbareAfsprakenWeergave> afspraken(long gemeenteId, long id,
            LongFunction<String> gepubliceerdBesluit) {
        var gevonden = afspraken.findByIdAndGemeenteId(id, gemeenteId).filter(a -> a.looptijd().isPresent());
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        var a = gevonden.get();
        var register = register(gemeenteId);
        var looptijd = a.looptijd().orElseThrow();
        var versies = a.getVersies().reversed().stream().filter(Versie::isVastgesteldOfVervangen)
                .map(v -> openbaar(v, gepubliceerdBesluit)).toList();
        var nummers = a.getVersies().stream().filter(v -> v.getId() != null)
                .collect(Collectors.toMap(Versie::getId, Function.identity()));
        var verlengingen = a.getVerlengingen().reversed().stream().map(v -> new OpenbareAfsprakenWeergave.Verlenging(
                v.getDatum(), v.getUitkomst(),
                v.getEvaluaties().stream().map(e -> register.get(e.wijkoverlegId())).filter(w -> w != null)
                        .map(WijkoverlegInfo::naam).sorted().toList(),
                v.getConceptVersieId() == null ? null : Optional.ofNullable(nummers.get(v.getConceptVersieId()))
                        .filter(Versie::isVastgesteldOfVervangen).map(Versie::getNummer).orElse(null)))
                .toList();
        var vandaag = LocalDate.now(clock);
        var opgeheven = AfsprakenToegang.opgeheven(register);
        return Optional.of(new OpenbareAfsprakenWeergave(a.getId(), a.getTitel(), a.status(vandaag, opgeheven),
                looptijd.ingangsdatum(), looptijd.einddatum(), a.getBeeindigdOp(), a.aantalVerlengingen(),
                a.volgendeVerlenging().orElse(null), versies, partijen(a, register, nummers), verlengingen,
                a.ondertekenstand(vandaag, opgeheven)));
    }

    /** A vastgestelde or vervangen version; empty for a concept, an unknown number or another gemeente. */
    public Optional<OpenbareVersie> versie(long gemeenteId, long afsprakenId, int nummer,
            LongFunction<String> gepubliceerdBesluit) {
        return afspraken.findByIdAndGemeenteId(afsprakenId, gemeenteId).flatMap(a -> a.versie(nummer))
                .filter(Versie::isVastgesteldOfVervangen).map(v -> openbaar(v, gepubliceerdBesluit));
    }

    /** Two public versions side by side; empty when either is a concept or does not exist. */
    public Optional<OpenbareVergelijking> vergelijk(long gemeenteId, long afsprakenId, int van, int naar,
            LongFunction<String> gepubliceerdBesluit) {
        var gevonden = afspraken.findByIdAndGemeenteId(afsprakenId, gemeenteId);
        var oud = gevonden.flatMap(a -> a.versie(van)).filter(Versie::isVastgesteldOfVervangen);
        var nieuw = gevonden.flatMap(a -> a.versie(naar)).filter(Versie::isVastgesteldOfVervangen);
        if (oud.isEmpty() || nieuw.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OpenbareVergelijking(afsprakenId, gevonden.get().getTitel(),
                openbaar(oud.get(), gepubliceerdBesluit), openbaar(nieuw.get(), gepubliceerdBesluit),
                Tekstvergelijker.vergelijk(oud.get().getArtikelen(), nieuw.get().getArtikelen())));
    }

    /**
     * Full-text search (PostgreSQL, 'dutch') over the public versions of the gemeente's afspraken: one hit per
     * version, on its title, headings and text. The {@code aantal} best by version id and rank, with the total;
     * {@link #treffers} then gives the hits to show.
     */
    public Zoekresultaat zoek(long gemeenteId, String zoekvraag, int aantal) {
        var parameters = new MapSqlParameterSource().addValue("gemeente", gemeenteId)
                .addValue("vraag", tsquery(zoekvraag))
                .addValue("aantal", aantal);
        var totaal = jdbc.queryForObject("select count(*) " + TREFFERS, parameters, Long.class);
        if (totaal == null || totaal == 0) {
            return Zoekresultaat.leeg();
        }
        var eerste = jdbc.query("select v.id, ts_rank(d.doc, q.q) as rang " + TREFFERS
                + " order by rang desc, v.nummer desc limit :aantal", parameters,
                (rs, i) -> new Zoekresultaat.Rang(rs.getLong("id"), rs.getDouble("rang")));
        return new Zoekresultaat(totaal, eerste);
    }

    /**
     * The hits with these version ids (from {@link #zoek}) with the found words highlighted in the title and in an
     * excerpt of the articles, in no particular order. Only public versions that match come back.
     */
    public List<OpenbareAfsprakenTreffer> treffers(long gemeenteId, String zoekvraag, Collection<Long> versieIds) {
        if (versieIds.isEmpty()) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource().addValue("gemeente", gemeenteId)
                .addValue("vraag", tsquery(zoekvraag))
                .addValue("ids", versieIds).addValue("titel", Markering.TITEL)
                .addValue("uittreksel", Markering.UITTREKSEL);
        var schoon = Markering.SQL_ZONDER_MARKERINGEN;
        return jdbc.query("""
                select a.id as afspraken_id, v.id, v.nummer, v.status, v.ingangsdatum, ts_rank(d.doc, q.q) as rang,
                       ts_headline('dutch', %s, q.q, :titel) as titel,
                       ts_headline('dutch', (select string_agg(%s, E'\\n' order by art.volgnummer)
                                             from afspraken_artikel art where art.versie_id = v.id),
                                   q.q, :uittreksel) as uittreksel
                %s and v.id in (:ids)
                """.formatted(schoon.formatted("a.titel"), schoon.formatted("art.kop || E'\\n' || art.tekst"),
                TREFFERS), parameters,
                (rs, i) -> new OpenbareAfsprakenTreffer(rs.getLong("id"), rs.getLong("afspraken_id"),
                        rs.getString("titel"), rs.getInt("nummer"), Versiestatus.valueOf(rs.getString("status")),
                        rs.getObject("ingangsdatum", LocalDate.class), rs.getString("uittreksel"),
                        rs.getDouble("rang")));
    }

    /** The question as query text, widened to Dutch word forms ({@link Zoekvraag}). */
    private String tsquery(String zoekvraag) {
        return Zoekvraag.metWoordvormen(jdbc.getJdbcTemplate().queryForObject(Zoekvraag.SQL, String.class,
                zoekvraag));
    }

    /** The public versions (not concepts) of the gemeente's afspraken that match the query. */
    private static final String TREFFERS = """
            from afspraken a
            join afspraken_versie v on v.afspraken_id = a.id
            cross join (select cast(:vraag as tsquery) as q) q
            cross join lateral (select setweight(to_tsvector('dutch', a.titel), 'A')
                                       || tsvector_agg(art.zoekvector order by art.volgnummer) as doc
                                from afspraken_artikel art where art.versie_id = v.id) d
            where a.gemeente_id = :gemeente and v.status in ('VASTGESTELD', 'VERVANGEN') and d.doc @@ q.q
            """;

    private List<OpenbarePartij> partijen(Afspraken a, Map<Long, WijkoverlegInfo> register, Map<Long, Versie> versies) {
        var geldende = a.geldendeVersie();
        var ondertekend = ondertekeningen(a.getId());
        return a.getDeelnames().stream().map(d -> {
            var info = register.get(d.getWijkoverlegId());
            var handtekeningen = ondertekend.getOrDefault(d.getWijkoverlegId(), List.of()).stream()
                    .filter(o -> versies.containsKey(o.versieId()))
                    .map(o -> new OpenbarePartij.Ondertekend(versies.get(o.versieId()).getNummer(), o.ondertekendOp()))
                    .sorted(Comparator.comparingInt(OpenbarePartij.Ondertekend::versie).reversed())
                    .toList();
            return new OpenbarePartij(d.getWijkoverlegId(), info == null ? "" : info.naam(), d.getToegetredenOp(),
                    info != null && info.isOpgeheven(), info == null ? null : info.opheffingsdatum(), handtekeningen,
                    geldende.isPresent() && d.heeftOndertekend(geldende.get()));
        }).sorted(Comparator.comparing(OpenbarePartij::naam)).toList();
    }

    /** Every signature on the afspraken by wijkoverleg, without the kenmerk. */
    private Map<Long, List<Ondertekening>> ondertekeningen(long afsprakenId) {
        var rijen = jdbc.query("""
                select d.wijkoverleg_id, o.versie_id, o.ondertekend_op
                from afspraken_ondertekening o join afspraken_deelname d on d.id = o.deelname_id
                where d.afspraken_id = :afspraken
                """, Map.of("afspraken", afsprakenId), (rs, i) -> Map.entry(rs.getLong("wijkoverleg_id"),
                new Ondertekening(rs.getLong("versie_id"), rs.getObject("ondertekend_op", LocalDate.class), null)));
        return rijen.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static OpenbareVersie openbaar(Versie v, LongFunction<String> gepubliceerdBesluit) {
        var artikelen = v.getArtikelen();
        var besluit = v.getBesluitId() == null ? null : gepubliceerdBesluit.apply(v.getBesluitId());
        return new OpenbareVersie(v.getNummer(), v.getStatus(), v.getIngangsdatum(), v.getGebaseerdOp(),
                besluit, besluit == null ? null : v.getZaaknummer(),
                v.getToelichting(), IntStream.range(0, artikelen.size())
                        .mapToObj(i -> new OpenbareVersie.Artikel(i + 1, artikelen.get(i).kop(),
                                artikelen.get(i).tekst()))
                        .toList());
    }

    private Map<Long, WijkoverlegInfo> register(long gemeenteId) {
        return wijkoverleggen.register(gemeenteId).stream()
                .collect(Collectors.toMap(WijkoverlegInfo::id, Function.identity()));
    }
}
