package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.List;

/**
 * A vastgestelde (or since vervangen) version of the afspraken as the public register shows it; concepts are never
 * public. The besluit that adopted it is named only when that besluit is published (Woo), and so is the zaaknummer
 * of its collegevoorstel.
 *
 * @param besluitIdentificatie the published besluit that adopted this version, or null
 * @param zaaknummer           the zaaknummer of that besluit's collegevoorstel, or null
 * @param toelichting          the explanatory note of the version (what changed and why)
 */
public record OpenbareVersie(int nummer, Versiestatus status, LocalDate ingangsdatum, Integer gebaseerdOp,
        String besluitIdentificatie, String zaaknummer, String toelichting, List<Artikel> artikelen) {

    /** One article: its number (1, 2, …), heading and Markdown text. */
    public record Artikel(int nummer, String kop, String tekst) {
    }

    public OpenbareVersie {
        artikelen = List.copyOf(artikelen);
    }

    public boolean isGeldend() {
        return status == Versiestatus.VASTGESTELD;
    }
}
