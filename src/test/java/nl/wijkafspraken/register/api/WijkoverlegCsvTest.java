package nl.wijkafspraken.register.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.wijkoverleg.OpenbaarWijkoverleg;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import org.junit.jupiter.api.Test;

class WijkoverlegCsvTest {

    @Test
    void eenRegelPerWijkoverlegNaDeKopregelMetCrlf() {
        var csv = WijkoverlegCsv.csv(List.of(new OpenbaarWijkoverleg(7, "Wijkoverleg Noord", List.of("Noord", "Oost"),
                WijkoverlegStatus.ACTIEF, LocalDate.of(2010, 4, 1), null, "info@noord.example")));
        assertThat(csv).isEqualTo("id,naam,wijken,status,oprichtingsdatum,opheffingsdatum,contactadres\r\n"
                + "7,Wijkoverleg Noord,Noord; Oost,ACTIEF,2010-04-01,,info@noord.example\r\n");
    }

    @Test
    void kommasAanhalingstekensEnRegeleindenStaanTussenAanhalingstekens() {
        assertThat(WijkoverlegCsv.veld("Noord, Oost")).isEqualTo("\"Noord, Oost\"");
        assertThat(WijkoverlegCsv.veld("De \"Dorper\"")).isEqualTo("\"De \"\"Dorper\"\"\"");
        assertThat(WijkoverlegCsv.veld("regel\nnog een")).isEqualTo("\"regel\nnog een\"");
        assertThat(WijkoverlegCsv.veld(null)).isEmpty();
    }

    @Test
    void eenVeldDatEenSpreadsheetAlsFormuleZouLezenKrijgtEenApostrof() {
        assertThat(WijkoverlegCsv.veld("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(WijkoverlegCsv.veld("+31 20")).isEqualTo("'+31 20");
        assertThat(WijkoverlegCsv.veld("-1")).isEqualTo("'-1");
        assertThat(WijkoverlegCsv.veld("@bestuur")).isEqualTo("'@bestuur");
        assertThat(WijkoverlegCsv.veld("Wijkoverleg")).isEqualTo("Wijkoverleg");
    }
}
