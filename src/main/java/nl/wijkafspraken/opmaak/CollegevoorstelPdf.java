package nl.wijkafspraken.opmaak;

import org.openpdf.text.Chunk;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

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

    private void inhoud(Zetter zetter) {
        koppen.documentkop(zetter, auteur, "COLLEGEVOORSTEL", true);
        zetter.tabel(koppen.gegevens(voorstel.metadata()), true);
        zetter.streep(0);

        kop(zetter, "Onderwerp");
        zetter.alinea(alinea(new Phrase(voorstel.onderwerp(), opmaak.tekst())));

        kop(zetter, "Besluit");
        zetter.alinea(alinea(new Phrase(voorstel.besluitAanhef(), opmaak.tekst())));
        zetter.lijst(besluitpunten());

        for (CollegevoorstelDocument.Sectie sectie : voorstel.gevuldeSecties()) {
            kop(zetter, sectie.titel());
            markdown.zet(sectie.markdown(), zetter);
        }
        if (!voorstel.bijlagen().isEmpty()) {
            kop(zetter, "Bijlagen");
            var bijlagen = genummerd();
            voorstel.bijlagen().forEach(titel -> bijlagen.add(new ListItem(PdfOpmaak.REGELAFSTAND, titel,
                    opmaak.tekst())));
            zetter.lijst(bijlagen);
        }
        if (!voorstel.slotregels().isEmpty()) {
            slot(zetter);
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

    private void kop(Zetter zetter, String titel) {
        koppen.sectie(zetter, 2, titel);
    }

    private Paragraph alinea(Phrase inhoud) {
        var alinea = opmaak.alinea();
        alinea.add(inhoud);
        alinea.setSpacingAfter(MarkdownNaarPdf.ALINEA_NA);
        return alinea;
    }

    private void slot(Zetter zetter) {
        if (zetter.ruimte() < Koppen.RUIMTE_VOOR_KOP) {
            zetter.nieuwePagina();
        }
        zetter.streep(14);
        for (String regel : voorstel.slotregels()) {
            zetter.alinea(new Paragraph(PdfOpmaak.REGELAFSTAND + 2, regel, opmaak.vet()));
        }
    }
}
