package nl.wijkafspraken.besluit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out zaaknummers ({@code Z26-000123}) and besluit identificaties ({@code B26-000045}) per gemeente and year.
 * One PostgreSQL statement increments the counter row and returns the new value; the row stays locked until the
 * caller's transaction ends, so concurrent callers get distinct numbers, and a rolled-back number is handed out
 * again instead of leaving a gap. The unique indexes on the numbers are the last line of defence.
 */
@Component
class Nummerteller {

    private static final int MAX = 999_999;

    private final JdbcTemplate jdbc;

    Nummerteller(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String volgendZaaknummer(long gemeenteId, int jaar) {
        return "Z" + opmaak(jaar, volgende(gemeenteId, "ZAAK", jaar));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String volgendeBesluitidentificatie(long gemeenteId, int jaar) {
        return "B" + opmaak(jaar, volgende(gemeenteId, "BESLUIT", jaar));
    }

    private int volgende(long gemeenteId, String soort, int jaar) {
        Integer waarde = jdbc.queryForObject("""
                insert into nummerteller (gemeente_id, soort, jaar, laatste) values (?, ?, ?, 1)
                on conflict (gemeente_id, soort, jaar) do update set laatste = nummerteller.laatste + 1
                returning laatste
                """, Integer.class, gemeenteId, soort, jaar);
        if (waarde == null || waarde > MAX) {
            throw new IllegalStateException("Nummerteller " + soort + " " + jaar + " is vol");
        }
        return waarde;
    }

    private static String opmaak(int jaar, int nummer) {
        return String.format("%02d-%06d", jaar % 100, nummer);
    }
}
