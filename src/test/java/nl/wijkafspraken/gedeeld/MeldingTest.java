package nl.wijkafspraken.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * A flash message travels in the session, which lives in PostgreSQL: it must survive Java serialisation, also with
 * an argument whose class is not serialisable (then as its text, which is what the message shows anyway).
 */
class MeldingTest {

    private record Onserialiseerbaar(String naam) {
        @Override
        public String toString() {
            return naam;
        }
    }

    @Test
    void eenMeldingOverleeftSerialisatieOokMetEenOnserialiseerbaarArgument() {
        var melding = Melding.succes("wijkoverleg.geregistreerd", new Onserialiseerbaar("Hornmeer"), 3,
                LocalDate.of(2026, 5, 4), null);

        var terug = (Melding) new DeserializingConverter().convert(new SerializingConverter().convert(melding));

        assertThat(terug.soort()).isEqualTo(Melding.Soort.SUCCES);
        assertThat(terug.code()).isEqualTo("wijkoverleg.geregistreerd");
        assertThat(terug.argumenten()).containsExactly("Hornmeer", 3, LocalDate.of(2026, 5, 4), null);
    }
}
