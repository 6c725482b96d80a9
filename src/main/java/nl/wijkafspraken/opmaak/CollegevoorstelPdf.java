package nl.wijkafspraken.opmaak;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a collegevoorstel as the gemeente's own document does: "Gemeente X" and "COLLEGEVOORSTEL", the metadata
 * block, Onderwerp, the Besluit with its numbered points, every section that has text, Bijlagen and the closing
 * lines.
 */
final class CollegevoorstelPdf {

    private final PdfOpmaak opmaak = new PdfOpmaak();
    private final MarkdownNaarPdf markdown = new MarkdownNaarPdf(opmaak);
    private final Koppen koppen = new Koppen(opmaak);
    private final CollegevoorstelDocument voorstel;
    private final String auteur;

    private CollegevoorstelPdf(CollegevoorstelDocument voorstel) {
        this.voorstel = voorstel;
        this.auteur = Koppen.gemeente(voorstel.gemeente());
    }

    static byte[] maak(CollegevoorstelDocument voorstel) {
        return new CollegevoorstelPdf(voorstel).schrijf();
    }

    private byte[] schrijf() {
        var eigenschappen = new PdfSchrijver.Eigenschappen(voorstel.titel(), voorstel.onderwerp(), auteur);
        var pagina = new PaginaVoettekst(opmaak, auteur + " · Collegevoorstel", voorstel.onderwerp(),
                voorstel.concept());
        return PdfSchrijver.schrijf(eigenschappen, pagina, this::inhoud);
    }

    private void inhoud(Document document, PdfWriter writer) {
        koppen.documentkop(document, auteur, "COLLEGEVOORSTEL");
        document.add(koppen.gegevens(voorstel.metadata()));
        document.add(opmaak.streep(0));

        kop(document, writer, "Onderwerp");
        document.add(alinea(new Phrase(voorstel.onderwerp(), opmaak.tekst())));

        kop(document, writer, "Besluit");
        document.add(alinea(new Phrase(voorstel.besluitAanhef(), opmaak.tekst())));
        document.add(besluitpunten());

        for (CollegevoorstelDocument.Sectie sectie : voorstel.gevuldeSecties()) {
            kop(document, writer, sectie.titel());
            markdown.blokken(sectie.markdown()).forEach(document::add);
        }
        if (!voorstel.bijlagen().isEmpty()) {
            kop(document, writer, "Bijlagen");
            var bijlagen = genummerd();
            voorstel.bijlagen().forEach(titel -> bijlagen.add(new ListItem(PdfOpmaak.REGELAFSTAND, titel,
                    opmaak.tekst())));
            document.add(bijlagen);
        }
        if (!voorstel.slotregels().isEmpty()) {
            slot(document, writer);
        }
    }

    private org.openpdf.text.List besluitpunten() {
        var punten = genummerd();
        for (String punt : voorstel.besluitpunten()) {
            var item = opmaak.lijstitem();
            item.add(markdown.regel(punt));
            item.setSpacingAfter(3);
            punten.add(item);
        }
        return punten;
    }

    private org.openpdf.text.List genummerd() {
        var lijst = new org.openpdf.text.List(true, 18f);
        lijst.setListSymbol(new Chunk("", opmaak.tekst()));
        return lijst;
    }

    private void kop(Document document, PdfWriter writer, String titel) {
        koppen.sectie(document, writer, titel);
    }

    private Paragraph alinea(Phrase inhoud) {
        var alinea = opmaak.alinea();
        alinea.add(inhoud);
        alinea.setSpacingAfter(MarkdownNaarPdf.ALINEA_NA);
        return alinea;
    }

    private void slot(Document document, PdfWriter writer) {
        if (writer.getVerticalPosition(true) - document.bottom() < Koppen.RUIMTE_VOOR_KOP) {
            document.newPage();
        }
        document.add(opmaak.streep(14));
        for (String regel : voorstel.slotregels()) {
            document.add(new Paragraph(PdfOpmaak.REGELAFSTAND + 2, regel, opmaak.vet()));
        }
    }
}
