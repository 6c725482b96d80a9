package nl.wijkafspraken.zegel;

import java.nio.charset.StandardCharsets;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenVoorbeeld;
import nl.wijkafspraken.opmaak.PdfService;

/**
 * Test data for the register: the signed afspraken of a made-up wijkoverleg as {@link PdfService} lays them out,
 * and the description the signing flow would give with it. No signing flow needed.
 */
public final class Verzegeling {

    private static final PdfService PDF = new PdfService();

    private Verzegeling() {
    }

    public static OndertekendeAfsprakenDocument afspraken(String partij) {
        return OndertekendeAfsprakenVoorbeeld.document(partij, "http://localhost:8080/verifieren");
    }

    /** The unsealed PDF of the afspraken as signed by this wijkoverleg. */
    public static byte[] pdf(String partij) {
        return PDF.ondertekendeAfspraken(afspraken(partij));
    }

    /** The description, taken from the same document: names, functions and times of the signers. */
    public static Documentbeschrijving beschrijving(String partij) {
        var afspraken = afspraken(partij);
        return new Documentbeschrijving(afspraken.gemeenteNaam(), afspraken.afsprakenTitel(),
                String.valueOf(afspraken.versienummer()), afspraken.partijNaam(),
                afspraken.ondertekenaars().stream()
                        .map(o -> new Documentbeschrijving.Ondertekenaar(o.naam(), o.functie(), o.tijdstip()))
                        .toList());
    }

    /**
     * A copy with one byte changed inside the signed range: one letter of the party's name in the document
     * information ("Hornmeer" becomes "Hornmeor"), so that it is still a readable PDF.
     */
    public static byte[] metEenAndereByte(byte[] verzegeld, String partij) {
        var kopie = verzegeld.clone();
        var tekst = new String(kopie, StandardCharsets.ISO_8859_1);
        int plek = tekst.indexOf("ondertekend door " + partij);
        if (plek < 0) {
            throw new AssertionError("Documentinformatie niet gevonden");
        }
        plek += ("ondertekend door " + partij).length() - 2;
        kopie[plek] = (byte) (kopie[plek] == 'o' ? 'e' : 'o');
        return kopie;
    }
}
