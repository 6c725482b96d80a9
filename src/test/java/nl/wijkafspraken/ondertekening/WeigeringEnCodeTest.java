package nl.wijkafspraken.ondertekening;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Mail;
import nl.wijkafspraken.ondertekening.Ondertekeningsgegevens.Situatie;
import nl.wijkafspraken.support.Eigenaar;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.TestKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refusing with a reason and who hears of it; and the e-mail code against guessing: five tries per code, ten minutes,
 * at most one code a minute, a wrong try that is counted even though it is refused.
 */
@IntegratieTest
class WeigeringEnCodeTest {

    private static final Herkomst HERKOMST = new Herkomst("192.0.2.10", "Telefoon");

    @Autowired
    Ondertekeningsgegevens og;
    @Autowired
    RondeService rondes;
    @Autowired
    OndertekeningService ondertekening;
    @Autowired
    TestKlok klok;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Eigenaar eigenaar;

    Situatie s;
    long ronde;

    @BeforeEach
    void ronde() {
        s = og.situatie();
        ronde = als(s.ambtenaar(), () -> rondes.start(s.afspraken().id(), null));
    }

    private String fout(Runnable actie) {
        try {
            actie.run();
        } catch (DomeinregelException e) {
            return e.getBerichtcode();
        }
        throw new AssertionError("niet geweigerd");
    }

    private String partijstatus(long wijkoverlegId) {
        return jdbc.queryForObject("select status from ondertekenronde_partij where ronde_id = ? "
                + "and wijkoverleg_id = ?", String.class, ronde, wijkoverlegId);
    }

    @Test
    void eenWeigeringMetRedenGaatNaarDeAndereTekenbevoegdenEnDeAmbtenaar() {
        var zara = og.token(s.id(), s.zara());
        ondertekening.vraagCodeAan(zara);
        var uitkomst = ondertekening.weiger(zara, og.code(s.id(), s.zara()), "Artikel 3 klopt niet met ons reglement.",
                HERKOMST);

        assertThat(uitkomst.geweigerd()).isTrue();
        assertThat(partijstatus(s.zuid())).as("Zuid needs two: one refusal is enough to block it")
                .isEqualTo("GEWEIGERD");
        var aanZeno = og.mailsAan(s.id(), s.zeno()).getLast();
        assertThat(aanZeno.onderwerp()).isEqualTo("Ondertekening geweigerd door Zara Voorzitter");
        assertThat(aanZeno.tekst()).contains("Artikel 3 klopt niet met ons reglement.");
        var ambtenaar = jdbc.queryForObject("select email from account where gebruikersnaam = ?", String.class,
                s.ambtenaar());
        assertThat(og.mailsAan(s.id(), ambtenaar)).extracting(Mail::onderwerp)
                .containsExactly("Ondertekening geweigerd door Zara Voorzitter");
        assertThat(og.mailsAan(s.id(), s.noor())).as("another party is not told").hasSize(1);
        assertThat(jdbc.queryForMap("select w.naam, w.reden, w.ip_adres, w.user_agent from ondertekening_weigering w "
                + "join ondertekenronde_partij p on p.id = w.partij_id where p.ronde_id = ?", ronde))
                .containsEntry("naam", "Zara Voorzitter").containsEntry("reden", "Artikel 3 klopt niet met ons reglement.")
                .containsEntry("ip_adres", "192.0.2.10").containsEntry("user_agent", "Telefoon");
        assertThatThrownBy(() -> eigenaar.jdbc().update("delete from ondertekening_weigering")).hasMessageContaining("bewijs");
        assertThatThrownBy(() -> ondertekening.tekenpagina(zara)).isInstanceOf(LinkOngeldigException.class);

        // The civil servant talks to Zara and invites her again: the party is open again, and both sign.
        var uitnodiging = jdbc.queryForObject("select u.id from ondertekening_uitnodiging u join "
                + "ondertekenronde_partij p on p.id = u.partij_id where p.ronde_id = ? and u.email = ?", Long.class,
                ronde, s.zara());
        als(s.ambtenaar(), () -> {
            rondes.stuurOpnieuw(ronde, uitnodiging);
            return null;
        });
        assertThat(partijstatus(s.zuid())).isEqualTo("OPEN");
        for (var email : new String[] {s.zara(), s.zeno()}) {
            var token = og.token(s.id(), email);
            ondertekening.vraagCodeAan(token);
            ondertekening.onderteken(token, og.code(s.id(), email), email, true, true, HERKOMST);
        }
        assertThat(partijstatus(s.zuid())).isEqualTo("ONDERTEKEND");
    }

    @Test
    void eenFouteCodeWordtGeteldOokAlWordtZeGeweigerdEnNaVijfIsEenNieuweNodig() {
        klok.op(LocalDate.of(2026, 7, 1), () -> {
            var noor = og.token(s.id(), s.noor());
            ondertekening.vraagCodeAan(noor);
            var code = og.code(s.id(), s.noor());
            var fout = code.equals("000000") ? "111111" : "000000";
            for (int i = 1; i <= 4; i++) {
                assertThat(fout(() -> ondertekening.onderteken(noor, fout, "Noor", true, true, HERKOMST)))
                        .isEqualTo("ondertekening.code.onjuist");
                assertThat(jdbc.queryForObject("select code_pogingen from ondertekening_uitnodiging where email = ?",
                        Integer.class, s.noor())).as("committed despite the refusal").isEqualTo(i);
            }
            assertThat(fout(() -> ondertekening.onderteken(noor, fout, "Noor", true, true, HERKOMST)))
                    .isEqualTo("ondertekening.code.opgebruikt");
            assertThat(fout(() -> ondertekening.onderteken(noor, code, "Noor", true, true, HERKOMST)))
                    .as("the right code is gone too").isEqualTo("ondertekening.code.geen");
            assertThat(fout(() -> ondertekening.vraagCodeAan(noor))).as("one code a minute")
                    .isEqualTo("ondertekening.code.teSnel");
            assertThat(jdbc.queryForObject("select count(*) from audit_regel where gemeente_id = ? and actie = "
                    + "'CODE_GEWEIGERD'", Integer.class, s.id())).isEqualTo(6);
        });
        klok.op(LocalDate.of(2026, 7, 2), () -> {
            var noor = og.token(s.id(), s.noor());
            ondertekening.vraagCodeAan(noor);
            ondertekening.onderteken(noor, og.code(s.id(), s.noor()), "Noor", true, true, HERKOMST);
        });
        assertThat(partijstatus(s.noord())).isEqualTo("ONDERTEKEND");
    }

    @Test
    void eenCodeVerlooptNaTienMinuten() {
        var noor = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(noor);
        var code = og.code(s.id(), s.noor());
        // As if the code was sent eleven minutes ago.
        jdbc.update("update ondertekening_uitnodiging set code_geldig_tot = now() - interval '1 minute' "
                + "where email = ?", s.noor());

        assertThat(fout(() -> ondertekening.onderteken(noor, code, "Noor", true, true, HERKOMST)))
                .isEqualTo("ondertekening.code.verlopen");
        assertThat(jdbc.queryForObject("select count(*) from handtekening where ronde_id = ?", Integer.class, ronde))
                .isZero();
        assertThat(ondertekening.tekenpagina(noor).heeftCode()).isFalse();
    }

    @Test
    void deCodeMailNoemtGeenLinkEnDeCodeStaatNietInDeDatabase() {
        var noor = og.token(s.id(), s.noor());
        ondertekening.vraagCodeAan(noor);
        var code = og.code(s.id(), s.noor());
        var mail = og.mailsAan(s.id(), s.noor()).getLast();
        assertThat(mail.onderwerp()).doesNotContain(code);
        assertThat(mail.tekst()).doesNotContain("/ondertekenen/");
        assertThat(jdbc.queryForObject("select code_hash from ondertekening_uitnodiging where email = ?",
                String.class, s.noor())).isNotEqualTo(code).hasSize(64);
        assertThat(jdbc.queryForList("select samenvatting from audit_regel where gemeente_id = ?", String.class,
                s.id())).noneMatch(r -> r.contains(code) || r.contains(noor));
    }
}
