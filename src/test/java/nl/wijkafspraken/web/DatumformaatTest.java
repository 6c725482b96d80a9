package nl.wijkafspraken.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatumformaatTest {

    private static final LocalDate DERDE_DECEMBER = LocalDate.of(2026, 12, 3);
    private final Datumformaat formaat = new Datumformaat();

    @ParameterizedTest
    @ValueSource(strings = {"3-12-2026", "03-12-2026", "3/12/2026", "03/12/2026", "3.12.2026", "3 december 2026",
            "3 December 2026", "2026-12-03", " 3 - 12 - 2026 ", "3  december  2026"})
    void leestDeNederlandseVormenEnIso(String invoer) throws ParseException {
        assertThat(formaat.parse(invoer, Locale.US)).isEqualTo(DERDE_DECEMBER);
    }

    @Test
    void drukAfAlsDagMaandJaarZonderVoorloopnullen() {
        assertThat(formaat.print(DERDE_DECEMBER, Locale.US)).isEqualTo("3-12-2026");
        assertThat(formaat.print(LocalDate.of(2027, 1, 15), Locale.of("nl"))).isEqualTo("15-1-2027");
    }

    @Test
    void afgedruktLeestTerugAlsDezelfdeDatum() throws ParseException {
        var datum = LocalDate.of(2028, 2, 29);
        assertThat(formaat.parse(formaat.print(datum, Locale.US), Locale.US)).isEqualTo(datum);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-2-2026", "29-2-2027", "2026-13-01", "32-1-2026", "0-1-2026", "3-12-26", "12/03/26",
            "morgen", "3 decembre 2026", "3-12", "2026-12-03T10:00", "3-12-2026 extra", "-", "2026/12/03"})
    void weigertWatGeenDatumIsOfGeradenMoetWorden(String invoer) {
        assertThatThrownBy(() -> formaat.parse(invoer, Locale.US)).isInstanceOf(ParseException.class);
    }
}
