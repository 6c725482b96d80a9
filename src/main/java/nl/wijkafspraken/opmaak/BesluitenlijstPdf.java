package nl.wijkafspraken.opmaak;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Lays out the besluitenlijst of a B&W-vergadering: the gemeente, "BESLUITENLIJST", the meeting date, and a table
 * with one row per agenda item (nr., zaaknummer, onderwerp with its note, besluit). Not yet definitief means a
 * CONCEPT mark on every page.
 */
final class BesluitenlijstPdf {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final PdfOpmaak opmaak = new PdfOpmaak();
    private final BesluitenlijstDocument lijst;
    private final String auteur;
    private final String datum;

    private BesluitenlijstPdf(BesluitenlijstDocument lijst) {
        this.lijst = lijst;
        this.auteur = Koppen.gemeente(lijst.gemeente());
        this.datum = DATUM.format(lijst.vergaderdatum());
    }

    static byte[] maak(BesluitenlijstDocument lijst) {
        return new BesluitenlijstPdf(lijst).schrijf();
    }

    private byte[] schrijf() {
        String titel = "Besluitenlijst B&W-vergadering " + datum;
        var eigenschappen = new PdfSchrijver.Eigenschappen(titel, titel, auteur);
        var pagina = new PaginaVoettekst(opmaak, auteur + " · Besluitenlijst", "B&W-vergadering " + datum,
                !lijst.definitief());
        return PdfSchrijver.schrijf(eigenschappen, pagina, this::inhoud);
    }

    private void inhoud(Zetter zetter) {
        new Koppen(opmaak).documentkop(zetter, auteur, "BESLUITENLIJST", true);
        var vergadering = new Paragraph(PdfOpmaak.REGELAFSTAND,
                "Vergadering van burgemeester en wethouders van " + datum, opmaak.tekst());
        vergadering.setSpacingAfter(12);
        zetter.alinea(vergadering);
        if (lijst.regels().isEmpty()) {
            zetter.alinea(new Paragraph(PdfOpmaak.REGELAFSTAND, "Er stonden geen voorstellen op de agenda.",
                    opmaak.tekst()));
            return;
        }
        zetter.tabel(tabel(), false);
    }

    private PdfPTable tabel() {
        var tabel = new PdfPTable(new float[] {7, 17, 52, 24});
        tabel.setWidthPercentage(100);
        tabel.setHeaderRows(1);
        for (String kop : new String[] {"Nr.", "Zaaknummer", "Onderwerp", "Besluit"}) {
            var cel = cel(new Phrase(PdfOpmaak.REGELAFSTAND, kop, opmaak.vet()));
            cel.setBackgroundColor(PdfOpmaak.KOPCEL);
            tabel.addCell(cel);
        }
        for (BesluitenlijstDocument.Agendaregel regel : lijst.regels()) {
            var nummer = cel(new Phrase(PdfOpmaak.REGELAFSTAND, String.valueOf(regel.nummer()), opmaak.tekst()));
            nummer.setHorizontalAlignment(Element.ALIGN_RIGHT);
            tabel.addCell(nummer);
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, regel.zaaknummer(), opmaak.tekst())));
            var onderwerp = new Phrase(PdfOpmaak.REGELAFSTAND, regel.onderwerp(), opmaak.tekst());
            if (regel.heeftToelichting()) {
                onderwerp.add(new Phrase("\n" + regel.toelichting(),
                        opmaak.font(false, true, PdfOpmaak.TEKSTGROOTTE - 1, PdfOpmaak.GRIJS)));
            }
            tabel.addCell(cel(onderwerp));
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, regel.uitkomst(), opmaak.vet())));
        }
        return tabel;
    }

    private static PdfPCell cel(Phrase inhoud) {
        var cel = new PdfPCell(inhoud);
        cel.setBorderColor(PdfOpmaak.LIJN);
        cel.setBorderWidth(0.5f);
        cel.setPadding(5);
        cel.setLeading(0, 1.3f);
        cel.setUseAscender(true);
        return cel;
    }
}
