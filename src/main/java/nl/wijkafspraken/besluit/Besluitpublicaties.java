package nl.wijkafspraken.besluit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published besluiten of a gemeente in blocks, for the Woo sitemaps (issue 18). The same rule as
 * {@link OpenbaarBesluitRepository#GEPUBLICEERD}, in SQL: Openbaarheid ja and a publicatiedatum that has come.
 * Each question is one statement, whatever the number of besluiten.
 */
@Service
@Transactional(readOnly = true)
public class Besluitpublicaties {

    /** A block of published besluiten (ordered by id): its number from 0, its size and its latest change. */
    public record Blok(int nummer, long aantal, java.time.Instant gewijzigdOp) {
    }

    private static final String GEPUBLICEERD = """
            from besluit b
            join collegevoorstel c on c.id = b.collegevoorstel_id and c.gemeente_id = b.gemeente_id
            where b.gemeente_id = :gemeente and c.openbaar
              and b.publicatiedatum is not null and b.publicatiedatum <= :vandaag
            """;
    /** The later of the decision and the start of the publicatiedatum (Dutch time). */
    private static final String GEWIJZIGD =
            "greatest(c.gewijzigd_op, b.publicatiedatum::timestamp at time zone 'Europe/Amsterdam')";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Besluitpublicaties(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The blocks of {@code grootte} published besluiten, in order; none when nothing is published. */
    public List<Blok> blokken(long gemeenteId, int grootte) {
        return jdbc.query("""
                select (rang - 1) / :grootte as blok, count(*) as aantal, max(gewijzigd) as gewijzigd
                from (select row_number() over (order by b.id) as rang, %s as gewijzigd %s) t
                group by blok order by blok
                """.formatted(GEWIJZIGD, GEPUBLICEERD), parameters(gemeenteId).addValue("grootte", grootte),
                (rs, i) -> new Blok(rs.getInt("blok"), rs.getLong("aantal"),
                        rs.getTimestamp("gewijzigd").toInstant()));
    }

    /** Block {@code blok} of {@code grootte} published besluiten (ordered by id). */
    public List<Besluitpublicatie> blok(long gemeenteId, int blok, int grootte) {
        return jdbc.query("""
                select b.id, b.identificatie, c.onderwerp, c.zaaknummer, b.datum, b.publicatiedatum,
                       c.gewijzigd_op, %s as gewijzigd
                %s order by b.id offset :vanaf limit :grootte
                """.formatted(GEWIJZIGD, GEPUBLICEERD), parameters(gemeenteId).addValue("grootte", grootte)
                .addValue("vanaf", (long) blok * grootte),
                (rs, i) -> new Besluitpublicatie(rs.getLong("id"), rs.getString("identificatie"),
                        rs.getString("onderwerp"), rs.getString("zaaknummer"),
                        rs.getObject("datum", LocalDate.class), rs.getObject("publicatiedatum", LocalDate.class),
                        rs.getTimestamp("gewijzigd_op").toInstant(), rs.getTimestamp("gewijzigd").toInstant()));
    }

    /**
     * The date on which each of these besluiten of the gemeente was taken, published or not: the date a public
     * afspraken version was vastgesteld is public with the version, even when the besluit itself is not.
     */
    public Map<Long, LocalDate> datums(long gemeenteId, Collection<Long> besluitIds) {
        var datums = new HashMap<Long, LocalDate>();
        if (besluitIds.isEmpty()) {
            return datums;
        }
        jdbc.query("select id, datum from besluit where gemeente_id = :gemeente and id in (:ids)",
                new MapSqlParameterSource("gemeente", gemeenteId).addValue("ids", besluitIds),
                rs -> {
                    datums.put(rs.getLong("id"), rs.getObject("datum", LocalDate.class));
                });
        return datums;
    }

    private MapSqlParameterSource parameters(long gemeenteId) {
        return new MapSqlParameterSource("gemeente", gemeenteId).addValue("vandaag", LocalDate.now(clock));
    }
}
