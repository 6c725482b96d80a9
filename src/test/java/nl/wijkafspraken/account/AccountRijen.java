package nl.wijkafspraken.account;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads accounts, roles and audit lines straight from the database, to check what a request really stored. */
record AccountRijen(JdbcTemplate jdbc) {

    long id(String gebruikersnaam) {
        return jdbc.queryForObject("select id from account where lower(gebruikersnaam) = lower(?)", Long.class,
                gebruikersnaam);
    }

    /** Naam, email, wachtwoord_hash and versie: everything a BEHEERDER could change. */
    Map<String, Object> account(long id) {
        return jdbc.queryForMap("select naam, email, wachtwoord_hash, versie from account where id = ?", id);
    }

    long versie(long id) {
        return jdbc.queryForObject("select versie from account where id = ?", Long.class, id);
    }

    /** The roles as "gemeenteId ROL" or "gemeenteId BESTUURSLID wijkoverlegId", sorted. */
    List<String> rollen(long accountId) {
        return jdbc.queryForList("""
                select gemeente_id || ' ' || rol || coalesce(' ' || wijkoverleg_id, '') from roltoekenning
                where account_id = ? order by 1""", String.class, accountId);
    }

    List<String> auditSamenvattingen(long accountId) {
        return jdbc.queryForList("""
                select samenvatting from audit_regel where objecttype = 'Account' and object_id = ? order by id""",
                String.class, String.valueOf(accountId));
    }
}
