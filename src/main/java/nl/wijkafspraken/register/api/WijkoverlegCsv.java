package nl.wijkafspraken.register.api;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkafspraken.wijkoverleg.OpenbaarWijkoverleg;

/**
 * The wijkoverleg register as CSV after RFC 4180: a header row, comma-separated, CRLF line ends, fields with a comma,
 * quote or line break between double quotes, UTF-8. Several wijken share one field, separated by "; ". A field that
 * a spreadsheet would take for a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, so that opening the file never runs anything (CSV injection).
 */
final class WijkoverlegCsv {

    static final List<String> KOLOMMEN = List.of("id", "naam", "wijken", "status", "oprichtingsdatum",
            "opheffingsdatum", "contactadres");

    private WijkoverlegCsv() {
    }

    static String csv(List<OpenbaarWijkoverleg> wijkoverleggen) {
        var regels = Stream.concat(Stream.of(KOLOMMEN.stream().map(WijkoverlegCsv::veld).collect(rij())),
                wijkoverleggen.stream().map(w -> Stream.of(String.valueOf(w.id()), w.naam(),
                        String.join("; ", w.wijken()), w.status().name(), datum(w.oprichtingsdatum()),
                        datum(w.opheffingsdatum()), w.contactadres()).map(WijkoverlegCsv::veld).collect(rij())));
        return regels.collect(Collectors.joining());
    }

    private static java.util.stream.Collector<CharSequence, ?, String> rij() {
        return Collectors.joining(",", "", "\r\n");
    }

    private static String datum(java.time.LocalDate datum) {
        return datum == null ? "" : datum.toString();
    }

    static String veld(String waarde) {
        if (waarde == null || waarde.isEmpty()) {
            return "";
        }
        var tekst = "=+-@\t\r".indexOf(waarde.charAt(0)) >= 0 ? "'" + waarde : waarde;
        if (tekst.contains(",") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            return "\"" + tekst.replace("\"", "\"\"") + "\"";
        }
        return tekst;
    }
}
