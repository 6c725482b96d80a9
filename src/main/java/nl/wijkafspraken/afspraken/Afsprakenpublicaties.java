package nl.wijkafspraken.afspraken;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public versions of a gemeente's afspraken for the Woo sitemaps (issue 18), in one statement: the versions
 * that are vastgesteld or vervangen (never a concept), the same ones the public register shows.
 */
@Service
@Transactional(readOnly = true)
public class Afsprakenpublicaties {

    private final NamedParameterJdbcTemplate jdbc;

    Afsprakenpublicaties(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The public versions of the gemeente's afspraken, by afspraken and number. */
    public List<Versiepublicatie> versies(long gemeenteId) {
        return jdbc.query("""
                select a.id, a.titel, v.nummer, v.status, v.ingangsdatum, v.besluit_id
                from afspraken a join afspraken_versie v on v.afspraken_id = a.id
                where a.gemeente_id = :gemeente and v.status in ('VASTGESTELD', 'VERVANGEN')
                order by a.id, v.nummer
                """, Map.of("gemeente", gemeenteId), (rs, i) -> new Versiepublicatie(rs.getLong("id"),
                rs.getString("titel"), rs.getInt("nummer"), Versiestatus.valueOf(rs.getString("status")),
                rs.getObject("ingangsdatum", java.time.LocalDate.class), rs.getLong("besluit_id")));
    }
}
