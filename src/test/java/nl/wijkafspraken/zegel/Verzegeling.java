package nl.wijkafspraken.zegel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenVoorbeeld;
import nl.wijkafspraken.opmaak.PdfService;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

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

    /** The afspraken printing this document's own verification address and this text hash, as the signing flow. */
    public static OndertekendeAfsprakenDocument afspraken(String partij, String verificatieUrl, String tekstSha256) {
        var d = OndertekendeAfsprakenVoorbeeld.document(partij, verificatieUrl);
        return new OndertekendeAfsprakenDocument(d.gemeenteNaam(), d.afsprakenTitel(), d.versienummer(),
                d.ingangsdatum(), d.einddatum(), d.besluitIdentificatie(), d.artikelen(), d.partijNaam(), tekstSha256,
                d.ondertekenaars(), verificatieUrl);
    }

    /** The unsealed PDF of the afspraken as signed by this wijkoverleg. */
    public static byte[] pdf(String partij) {
        return PDF.ondertekendeAfspraken(afspraken(partij));
    }

    public static byte[] pdf(String partij, String verificatieUrl, String tekstSha256) {
        return PDF.ondertekendeAfspraken(afspraken(partij, verificatieUrl, tekstSha256));
    }

    /** A SHA-256 no other test uses, as the hash of a text that only this test signed. */
    public static String nieuweTekstSha256() {
        return HexFormat.of().formatHex(Tijdstempeldienst.sha256(UUID.randomUUID().toString()
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** The description, taken from the same document: names, functions and times of the signers. */
    public static Documentbeschrijving beschrijving(String partij) {
        return beschrijving(partij, null);
    }

    public static Documentbeschrijving beschrijving(String partij, String tekstSha256) {
        var afspraken = afspraken(partij);
        return new Documentbeschrijving(afspraken.gemeenteNaam(), afspraken.afsprakenTitel(),
                String.valueOf(afspraken.versienummer()), afspraken.partijNaam(),
                afspraken.ondertekenaars().stream()
                        .map(o -> new Documentbeschrijving.Ondertekenaar(o.naam(), o.functie(), o.tijdstip()))
                        .toList(), tekstSha256);
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

    /** The copy a PDF reader saves after a comment was added: an incremental update after the sealed bytes. */
    public static byte[] metOpmerking(byte[] pdf) throws Exception {
        var uit = new ByteArrayOutputStream();
        var reader = new PdfReader(pdf);
        var stamper = new PdfStamper(reader, uit, (String) null, true);
        var opmerking = org.openpdf.text.pdf.PdfAnnotation.createText(stamper.getWriter(), new org.openpdf.text.Rectangle(50, 700, 70, 720), "Opmerking",
                "Gezien, akkoord.", false, "Comment");
        stamper.addAnnotation(opmerking, 1);
        stamper.close();
        reader.close();
        return uit.toByteArray();
    }
}
