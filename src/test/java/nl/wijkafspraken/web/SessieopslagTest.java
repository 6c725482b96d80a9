package nl.wijkafspraken.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session that add the same attribute at the same time (a double click: both set the flash
 * message) both save: the second overwrites, where Spring Session's plain insert failed with a unique violation.
 */
@IntegratieTest
class SessieopslagTest {

    @Autowired
    SessionRepository<? extends Session> opslag;

    @Test
    void tweeVerzoekenDieHetzelfdeAttribuutToevoegenSlaanAllebeiOp() {
        assertThat(opslag).isInstanceOf(JdbcIndexedSessionRepository.class);
        tweeVerzoeken(opslag);
    }

    private static <S extends Session> void tweeVerzoeken(SessionRepository<S> sessies) {
        var sessie = sessies.createSession();
        sessies.save(sessie);
        // Both requests read the session before either saved the new attribute.
        var eerste = sessies.findById(sessie.getId());
        var tweede = sessies.findById(sessie.getId());
        eerste.setAttribute("melding", "eerste");
        tweede.setAttribute("melding", "tweede");

        sessies.save(eerste);
        sessies.save(tweede);

        assertThat((String) sessies.findById(sessie.getId()).getAttribute("melding")).isEqualTo("tweede");
        sessies.deleteById(sessie.getId());
    }
}
