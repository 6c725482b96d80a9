package nl.wijkafspraken.opmaak;

import static nl.wijkafspraken.opmaak.PdfOpmaak.cel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Gegeven;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Artikel;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Ondertekenaar;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Lays out the signed samenwerkingsafspraken of one party: "Gemeente X" and "SAMENWERKINGSAFSPRAKEN", the title,
 * version, term, besluit and parties, every article, and then on a page of its own "Ondertekening": who signed, in
 * which function, for which party, when (Dutch time) and how; the mandate of whoever signed for the gemeente; the
 * SHA-256 of the signed text; and the verification page as link and QR code. Then an evidence page per party
 * ({@link Bewijspaginas}).
 */
final class OndertekendeAfsprakenPdf {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    static final DateTimeFormatter TIJDSTIP =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'uur'", Locale.forLanguageTag("nl")).withZone(NEDERLAND);
    private static final float QR_GROOTTE = 96f;

    private final PdfOpmaak opmaak = new PdfOpmaak();
    private final MarkdownNaarPdf markdown = new MarkdownNaarPdf(opmaak);
    private final Koppen koppen = new Koppen(opmaak);
    private final OndertekendeAfsprakenDocument afspraken;
    private final String gemeente;

    private OndertekendeAfsprakenPdf(OndertekendeAfsprakenDocument afspraken) {
        this.afspraken = afspraken;
        this.gemeente = Koppen.gemeente(afspraken.gemeenteNaam());
    }

    static byte[] maak(OndertekendeAfsprakenDocument afspraken) {
        return new OndertekendeAfsprakenPdf(afspraken).schrijf();
    }

    private byte[] schrijf() {
        String versie = afspraken.afsprakenTitel() + ", versie " + afspraken.versienummer();
        var eigenschappen = new PdfSchrijver.Eigenschappen(versie + ", ondertekend door " + afspraken.partijNaam(),
                "Ondertekende samenwerkingsafspraken tussen " + gemeente + " en " + afspraken.partijNaam(), gemeente);
        var pagina = new PaginaVoettekst(opmaak, gemeente + " · Ondertekende samenwerkingsafspraken",
                versie + " · " + afspraken.partijNaam(), false);
        return PdfSchrijver.schrijf(eigenschappen, pagina, this::inhoud);
    }

    private void inhoud(Zetter zetter) {
        koppen.documentkop(zetter, gemeente, "SAMENWERKINGSAFSPRAKEN", false);
        var titel = new Paragraph(20f, afspraken.afsprakenTitel(), opmaak.font(true, false, 14f, PdfOpmaak.TEKST));
        titel.setSpacingAfter(6);
        zetter.kop(1, titel);
        zetter.tabel(koppen.gegevens(gegevens()), true);
        zetter.streep(0);

        for (Artikel artikel : afspraken.artikelen()) {
            koppen.sectie(zetter, 2, "Artikel " + artikel.nummer() + ". " + artikel.kop());
            markdown.zet(artikel.tekst(), zetter);
        }

        zetter.nieuwePagina();
        ondertekening(zetter);
        new Bewijspaginas(opmaak, koppen).zet(zetter, afspraken);
    }

    private List<Gegeven> gegevens() {
        var regels = new ArrayList<Gegeven>();
        regels.add(new Gegeven("Versie", String.valueOf(afspraken.versienummer())));
        regels.add(new Gegeven("Looptijd", DATUM.format(afspraken.ingangsdatum()) + " tot en met "
                + DATUM.format(afspraken.einddatum())));
        if (afspraken.besluitIdentificatie() != null && !afspraken.besluitIdentificatie().isBlank()) {
            regels.add(new Gegeven("Vastgesteld bij besluit", afspraken.besluitIdentificatie()));
        }
        regels.add(new Gegeven("Partijen", gemeente + "\n" + afspraken.partijNaam()));
        return regels;
    }

    private void ondertekening(Zetter zetter) {
        var kop = new Paragraph(22f, "Ondertekening", opmaak.font(true, false, 16f, PdfOpmaak.ACCENT));
        kop.setSpacingAfter(8);
        zetter.kop(2, kop);
        zetter.alinea(alinea("Versie " + afspraken.versienummer() + " van de " + afspraken.afsprakenTitel()
                + " is ondertekend voor " + gemeente + " en voor " + afspraken.partijNaam() + " door:"));
        zetter.tabel(ondertekenaars(), false);

        var gemandateerden = afspraken.ondertekenaars().stream().filter(Ondertekenaar::heeftMandaat).toList();
        if (!gemandateerden.isEmpty()) {
            koppen.sectie(zetter, 3, "Mandaat");
            for (Ondertekenaar ondertekenaar : gemandateerden) {
                var alinea = opmaak.alinea();
                alinea.add(new Chunk(ondertekenaar.naam() + ": ", opmaak.vet()));
                alinea.add(new Chunk(ondertekenaar.mandaat(), opmaak.tekst()));
                alinea.setSpacingAfter(MarkdownNaarPdf.ALINEA_NA);
                zetter.alinea(alinea);
            }
        }

        koppen.sectie(zetter, 3, "Documentkenmerk");
        zetter.alinea(alinea("De ondertekenaars hebben de tekst van versie " + afspraken.versienummer()
                + " ondertekend met deze SHA-256-vingerafdruk:"));
        var hash = new Paragraph(PdfOpmaak.REGELAFSTAND, afspraken.documentHash(), opmaak.vet());
        hash.setSpacingAfter(MarkdownNaarPdf.ALINEA_NA);
        zetter.alinea(hash);

        koppen.sectie(zetter, 3, "Echtheid controleren");
        verificatie(zetter);
    }

    private PdfPTable ondertekenaars() {
        var tabel = new PdfPTable(new float[] {22, 19, 20, 17, 22});
        tabel.setWidthPercentage(100);
        tabel.setSpacingBefore(4);
        tabel.setSpacingAfter(8);
        tabel.setHeaderRows(1);
        Font klein = opmaak.font(false, false, PdfOpmaak.TEKSTGROOTTE - 1, PdfOpmaak.TEKST);
        Font kleinVet = opmaak.font(true, false, PdfOpmaak.TEKSTGROOTTE - 1, PdfOpmaak.TEKST);
        for (String titel : new String[] {"Naam", "Functie", "Partij", "Ondertekend op", "Methode"}) {
            var cel = cel(new Phrase(PdfOpmaak.REGELAFSTAND, titel, kleinVet));
            cel.setBackgroundColor(PdfOpmaak.KOPCEL);
            tabel.addCell(cel);
        }
        for (Ondertekenaar ondertekenaar : afspraken.ondertekenaars()) {
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, ondertekenaar.naam(), kleinVet)));
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, ondertekenaar.functie(), klein)));
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, ondertekenaar.partij(), klein)));
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, TIJDSTIP.format(ondertekenaar.tijdstip()), klein)));
            tabel.addCell(cel(new Phrase(PdfOpmaak.REGELAFSTAND, ondertekenaar.methode(), klein)));
        }
        return tabel;
    }

    /** The QR code beside the address and what to do there. */
    private void verificatie(Zetter zetter) {
        var uitleg = alinea(Teksten.tekst("opmaak.pdf.verzegeld.uitleg", gemeente));
        var link = opmaak.alinea();
        var adres = new Chunk(afspraken.verificatieUrl(),
                opmaak.font(false, false, PdfOpmaak.TEKSTGROOTTE, PdfOpmaak.ACCENT));
        // The link annotation itself is made by Koppelingen, inside the Link element.
        adres.setGenericTag(afspraken.verificatieUrl());
        link.add(adres);
        var qr = new FiguurMetTekst.Figuur(QrCode.van(zetter.structuur().writer(), afspraken.verificatieUrl(),
                QR_GROOTTE), Teksten.tekst("opmaak.pdf.qrcode.alt"), QR_GROOTTE);
        FiguurMetTekst.zet(zetter, qr, 16, List.of(uitleg), new FiguurMetTekst.Link(link,
                afspraken.verificatieUrl(), Teksten.tekst("opmaak.pdf.verificatielink")));
    }

    private Paragraph alinea(String tekst) {
        var alinea = opmaak.alinea();
        alinea.add(new Chunk(tekst, opmaak.tekst()));
        alinea.setSpacingAfter(MarkdownNaarPdf.ALINEA_NA);
        return alinea;
    }
}
