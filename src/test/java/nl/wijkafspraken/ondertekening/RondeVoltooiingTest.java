package nl.wijkafspraken.ondertekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A round is voltooid once every party has signed, and says so only to the call that completed it: the event
 * {@link RondeVoltooid} (the civil servant's e-mail) follows from that, once.
 */
class RondeVoltooiingTest {

    private static final Instant NU = Instant.parse("2026-05-04T10:00:00Z");

    private static Ronde ronde() {
        return new Ronde(1, 2, 3, 1, "Samenwerkingsafspraken", "abc", "ambtenaar", "A. Ambtenaar",
                "ambtenaar@gemeente.example", NU);
    }

    @Test
    void eenRondeIsPasVoltooidAlsElkePartijTekendeEnMeldtDatEenKeer() {
        var ronde = ronde();
        var gemeente = ronde.voegGemeenteToe("Gemeente Test");
        var noord = ronde.voegWijkoverlegToe(10, "Wijkoverleg Noord", 1);

        noord.ondertekend(NU);
        assertThat(ronde.controleerVoltooid()).as("the gemeente has not signed").isFalse();
        assertThat(ronde.getStatus()).isEqualTo(Rondestatus.LOPEND);

        gemeente.ondertekend(NU);
        assertThat(ronde.controleerVoltooid()).isTrue();
        assertThat(ronde.getStatus()).isEqualTo(Rondestatus.VOLTOOID);
        assertThat(ronde.controleerVoltooid()).as("only once").isFalse();
    }

    @Test
    void eenIngetrokkenRondeWordtNietMeerVoltooid() {
        var ronde = ronde();
        var gemeente = ronde.voegGemeenteToe("Gemeente Test");
        ronde.voegWijkoverlegToe(10, "Wijkoverleg Noord", 1);
        gemeente.ondertekend(NU);
        ronde.trekIn(NU, "ambtenaar", "Verkeerde versie");

        assertThat(ronde.controleerVoltooid()).isFalse();
        assertThat(ronde.getStatus()).isEqualTo(Rondestatus.INGETROKKEN);
    }
}
