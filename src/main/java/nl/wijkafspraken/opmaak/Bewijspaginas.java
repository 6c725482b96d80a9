package nl.wijkafspraken.opmaak;

import static nl.wijkafspraken.opmaak.PdfOpmaak.cel;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Gegeven;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Bewijs;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Bewijspagina;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Gebeurtenis;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The evidence pages at the end of the signed afspraken (issue 13, part 7), one per party, like the certificate of
 * completion of a signing service: the round and the document hash, every event of the round in UTC to the second
 * (so that it reads the same wherever and whenever it is checked), and per signer the method and declarations.
 * All text from messages.properties ({@code opmaak.pdf.bewijs.*}).
 */
final class Bewijspaginas {

    static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final PdfOpmaak opmaak;
    private final Koppen koppen;

    Bewijspaginas(PdfOpmaak opmaak, Koppen koppen) {
        this.opmaak = opmaak;
        this.koppen = koppen;
    }

    void zet(Zetter zetter, OndertekendeAfsprakenDocument afspraken) {
        for (Bewijspagina pagina : afspraken.bewijs()) {
            zetter.nieuwePagina();
            var kop = new Paragraph(22f, Teksten.tekst("opmaak.pdf.bewijs.titel", pagina.partij()),
                    opmaak.font(true, false, 16f, PdfOpmaak.ACCENT));
            kop.setSpacingAfter(8);
            zetter.kop(2, kop);
            var inleiding = opmaak.alinea();
            inleiding.add(new Phrase(PdfOpmaak.REGELAFSTAND, Teksten.tekst("opmaak.pdf.bewijs.inleiding",
                    pagina.partij()), opmaak.tekst()));
            inleiding.setSpacingAfter(MarkdownNaarPdf.ALINEA_NA);
            zetter.alinea(inleiding);
            if (afspraken.rondeIdentificatie() != null) {
                zetter.tabel(koppen.gegevens(List.of(new Gegeven(Teksten.tekst("opmaak.pdf.bewijs.ronde"),
                        afspraken.rondeIdentificatie()))), true);
            }
            // On a line of its own, like on the signature page: a hash that wraps cannot be compared at a glance.
            var hashLabel = opmaak.alinea();
            hashLabel.add(new Phrase(PdfOpmaak.REGELAFSTAND, Teksten.tekst("opmaak.pdf.bewijs.documenthash"),
                    opmaak.tekst()));
            zetter.alinea(hashLabel);
            var hash = new Paragraph(PdfOpmaak.REGELAFSTAND, afspraken.documentHash(), opmaak.vet());
            hash.setSpacingAfter(MarkdownNaarPdf.ALINEA_NA);
            zetter.alinea(hash);

            koppen.sectie(zetter, 3, Teksten.tekst("opmaak.pdf.bewijs.gebeurtenissen"));
            zetter.tabel(gebeurtenissen(pagina), false);

            for (Bewijs bewijs : pagina.ondertekenaars()) {
                koppen.sectie(zetter, 3, Teksten.tekst("opmaak.pdf.bewijs.ondertekenaar", bewijs.naam()));
                zetter.tabel(koppen.gegevens(bewijs.gegevens()), true);
            }
        }
    }

    private PdfPTable gebeurtenissen(Bewijspagina pagina) {
        var tabel = new PdfPTable(new float[] {27, 38, 35});
        tabel.setWidthPercentage(100);
        tabel.setSpacingBefore(4);
        tabel.setSpacingAfter(8);
        tabel.setHeaderRows(1);
        Font klein = opmaak.font(false, false, PdfOpmaak.TEKSTGROOTTE - 1, PdfOpmaak.TEKST);
        Font kleinVet = opmaak.font(true, false, PdfOpmaak.TEKSTGROOTTE - 1, PdfOpmaak.TEKST);
        for (String sleutel : new String[] {"tijdstip", "wat", "wie"}) {
            var cel = cel(new Phrase(PdfOpmaak.REGELAFSTAND, Teksten.tekst("opmaak.pdf.bewijs.kolom." + sleutel),
                    kleinVet));
            cel.setBackgroundColor(PdfOpmaak.KOPCEL);
            tabel.addCell(cel);
        }
        for (Gebeurtenis gebeurtenis : pagina.gebeurtenissen()) {
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, UTC.format(gebeurtenis.tijdstip()), klein)));
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, gebeurtenis.wat(), klein)));
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, gebeurtenis.wie(), klein)));
        }
        if (pagina.gebeurtenissen().isEmpty()) {
            var geen = cel(new Phrase(PdfOpmaak.REGELAFSTAND, Teksten.tekst("opmaak.pdf.bewijs.geen"), klein));
            geen.setColspan(3);
            tabel.addCell(geen);
        }
        return tabel;
    }
}
