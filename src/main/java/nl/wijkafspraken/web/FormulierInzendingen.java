package nl.wijkafspraken.web;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code formulier_inzending} (V55), in plain SQL: it must run in the caller's transaction, before the
 * create it guards, and its insert must wait for a concurrent one instead of failing.
 */
@Repository
class FormulierInzendingen {

    private final JdbcClient jdbc;

    FormulierInzendingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the token for this user. {@code on conflict do nothing} waits while another transaction holds the same
     * key and then sees its outcome: false once that one committed, true (claimed now) once it rolled back. Unlike a
     * plain insert it leaves the transaction usable, so the caller can read where the first submit led.
     */
    boolean claim(long gebruiker, String token, Instant nu) {
        return jdbc.sql("""
                insert into formulier_inzending (gebruiker, token, aangemaakt) values (?, ?, ?)
                on conflict do nothing""")
                .params(gebruiker, token, java.sql.Timestamp.from(nu))
                .update() == 1;
    }

    /** Where the committed first submit of this token led (empty for a row without a target, which never commits). */
    Optional<String> doel(long gebruiker, String token) {
        return jdbc.sql("select doel_url from formulier_inzending where gebruiker = ? and token = ?")
                .params(gebruiker, token)
                .query(String.class)
                .optional();
    }

    void legDoelVast(long gebruiker, String token, String doel) {
        jdbc.sql("update formulier_inzending set doel_url = ? where gebruiker = ? and token = ?")
                .params(doel, gebruiker, token)
                .update();
    }

    void verwijderOuderDan(Instant grens) {
        jdbc.sql("delete from formulier_inzending where aangemaakt < ?")
                .params(java.sql.Timestamp.from(grens))
                .update();
    }
}
