package nl.wijkafspraken.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wijkafspraken.audit.Ketencontrole.Breuk;
import nl.wijkafspraken.audit.Ketencontrole.Keten;
import nl.wijkafspraken.audit.Ketencontrole.Uitkomst;
import org.junit.jupiter.api.Test;

/** What the operator reads: one line per chain, the first broken link named by table, row and kind. */
class KetencontroleCommandoTest {

    @Test
    void eenRegelPerKetenMetDeEersteBreuk() {
        var uit = new ByteArrayOutputStream();
        KetencontroleCommando.druk(List.of(
                new Uitkomst(Keten.AUDITTRAIL, 120, null, Breuk.INHOUD, 17L, "42", false),
                new Uitkomst(Keten.HANDTEKENINGEN, 3, null, null, null, null, false),
                new Uitkomst(Keten.WEIGERINGEN, 2, null, Breuk.KOP, 2L, null, false)),
                new PrintStream(uit, true, StandardCharsets.UTF_8));

        assertThat(uit.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "GEBROKEN  audit_regel: eerste breuk bij regel 42 (schakel 17, INHOUD), 120 regels",
                "INTACT    handtekening: 3 regels",
                "GEBROKEN  ondertekening_weigering: de kop (keten_kop) klopt niet met de laatste regel (schakel 2): "
                        + "regels aan het eind weggehaald, 2 regels");
    }
}
