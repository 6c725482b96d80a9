package nl.wijkafspraken.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@IntegratieTest
class AuditRegistratieTest {

    @Autowired
    AuditService audit;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Eigenaar eigenaar;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    MockMvcTester mvc;

    @Test
    void databaseWeigertHetWijzigenEnVerwijderenVanEenRegel() {
        var gemeente = gegevens.gemeente();
        long id = jdbc.queryForObject(
                "select id from audit_regel where gemeente_id = ? and objecttype = 'Gemeente'", Long.class,
                gemeente.id());

        assertThatThrownBy(() -> eigenaar.jdbc().update("update audit_regel set samenvatting = 'vervalst' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> eigenaar.jdbc().update("delete from audit_regel where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_regel where gemeente_id = ?", gemeente.id()))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select samenvatting from audit_regel where id = ?", String.class, id))
                .isEqualTo("Gemeente " + gemeente.naam());
    }

    @Test
    void regelLegtHetIpAdresVanDeClientEnHetTijdstipInUtcVast() {
        var gemeente = gegevens.gemeente();
        var verzoek = new MockHttpServletRequest("POST", "/wijken/1");
        verzoek.setRemoteAddr("203.0.113.7");
        var voor = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(verzoek));
        try {
            transactie.executeWithoutResult(status ->
                    audit.registreer(gemeente.id(), "GEWIJZIGD", "Proef", 42, "Proefwijziging via een verzoek"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        var na = Instant.now();

        var regel = jdbc.queryForMap("""
                select ip_adres, tijdstip, gebruikersnaam, object_id from audit_regel
                where gemeente_id = ? and objecttype = 'Proef'""", gemeente.id());
        assertThat(regel.get("ip_adres")).isEqualTo("203.0.113.7");
        assertThat(regel.get("gebruikersnaam")).isEqualTo(AuditService.SYSTEEM);
        assertThat(regel.get("object_id")).isEqualTo("42");
        // The stored instant is the real moment, not Dutch wall-clock time taken for UTC (that would be 1-2 h off).
        var tijdstip = jdbc.queryForObject("select tijdstip from audit_regel where gemeente_id = ? and objecttype = 'Proef'",
                OffsetDateTime.class, gemeente.id()).toInstant();
        assertThat(tijdstip).isBetween(voor, na);

        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        assertThat(mvc.get().uri("/beheer/audit?objecttype=Proef").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Proefwijziging via een verzoek", "203.0.113.7", "Proef 42");
    }

    @Test
    void registrerenZonderTransactieWordtGeweigerd() {
        var gemeente = gegevens.gemeente();

        assertThatThrownBy(() -> audit.registreer(gemeente.id(), "GEWIJZIGD", "Proef", 1, "Los van een wijziging"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
