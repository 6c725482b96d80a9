package nl.wijkafspraken.besluit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.opmaak.BesluitenlijstDocument;
import nl.wijkafspraken.opmaak.CollegevoorstelDocument;
import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Gegeven;
import nl.wijkafspraken.opmaak.PdfService;
import org.springframework.stereotype.Service;

/**
 * The PDF export of a collegevoorstel and of a meeting's besluitenlijst, in the gemeente's layout (module opmaak).
 * The SECRETARIS and the AMBTENAAR of the gemeente may export; other roles get 403, another gemeente's id 404.
 */
@Service
public class DocumentExport {

    private final CollegevoorstelService voorstellen;
    private final VergaderingService vergaderingen;
    private final PdfService pdf;
    private final Rechten rechten;

    DocumentExport(CollegevoorstelService voorstellen, VergaderingService vergaderingen, PdfService pdf,
            Rechten rechten) {
        this.voorstellen = voorstellen;
        this.vergaderingen = vergaderingen;
        this.pdf = pdf;
        this.rechten = rechten;
    }

    /** A file to download: a clean name and its bytes. */
    public record Download(String bestandsnaam, byte[] inhoud) {
    }

    public Download collegevoorstel(long id) {
        rechten.vereis(Actie.BESLUITVORMING_EXPORTEREN);
        var voorstel = voorstellen.weergave(id);
        return new Download(voorstel.bestandsnaam("pdf"), pdf.collegevoorstel(document(voorstel)));
    }

    public Download besluitenlijst(long vergaderingId) {
        rechten.vereis(Actie.BESLUITVORMING_EXPORTEREN);
        var lijst = vergaderingen.besluitenlijst(vergaderingId);
        var regels = lijst.regels().stream()
                .map(r -> new BesluitenlijstDocument.Agendaregel(r.agendanummer(), r.zaaknummer(), r.onderwerp(),
                        r.uitkomstTekst(), r.besluitIdentificatie() == null ? null
                                : "Besluit " + r.besluitIdentificatie()))
                .toList();
        return new Download(lijst.bestandsnaam("pdf"),
                pdf.besluitenlijst(new BesluitenlijstDocument(lijst.gemeenteNaam(), lijst.datum(), lijst.definitief(),
                        regels)));
    }

    /** The fixed parts in the order of the gemeente's own document (see the source decision in shared/domain). */
    static CollegevoorstelDocument document(CollegevoorstelWeergave v) {
        var metadata = new ArrayList<Gegeven>();
        metadata.add(new Gegeven("Zaaknummer", v.zaaknummer()));
        metadata.add(new Gegeven("Openbaarheid", v.openbaar() ? "Ja" : "Nee"));
        metadata.add(new Gegeven("Raad", v.raad() ? "Ja" : "Nee"));
        if (v.afstemmingDatum() != null || v.afstemmingWijze() != null) {
            metadata.add(new Gegeven("Afgestemd met portefeuillehouder"
                    + (v.afstemmingWijze() == null ? "" : " " + v.afstemmingWijze()) + " datum",
                    v.afstemmingDatum() == null ? "" : CollegevoorstelWeergave.DATUM.format(v.afstemmingDatum())));
        }
        var ambtenaren = v.behandelendAmbtenaren();
        if (!ambtenaren.isEmpty() || v.team() != null) {
            // One fact with a line per detail, every ambtenaar in order and the team last, as the gemeente's
            // document lists them; the public version has the team alone.
            var regels = new ArrayList<String>();
            ambtenaren.forEach(a -> regels.addAll(nietLeeg(a.naam(), a.telefoon(), a.email())));
            regels.addAll(nietLeeg(v.team()));
            metadata.add(new Gegeven(ambtenaren.size() > 1 ? "Behandelend ambtenaren" : "Behandelend ambtenaar",
                    String.join("\n", regels)));
        }
        metadata.add(new Gegeven("Portefeuillehouder", v.portefeuillehouder() == null ? "" : v.portefeuillehouder()));
        var besluitpunten = v.besluitpunten().stream().map(DocumentExport::besluitpunt).toList();
        var secties = v.secties().stream()
                .map(s -> new CollegevoorstelDocument.Sectie(s.kop(),
                        s.ondertitel() == null ? s.markdown() : "**" + s.ondertitel() + "**\n\n" + s.markdown()))
                .toList();
        var slotregels = v.behandeling() == null ? List.<String>of()
                : List.of(v.behandeling().behandeldIn(), v.behandeling().besluitBw());
        return new CollegevoorstelDocument(v.gemeenteNaam(), metadata, v.onderwerp(), CollegevoorstelWeergave.AANHEF,
                besluitpunten, secties, v.bijlagen(), slotregels, v.isConcept(), "Collegevoorstel " + v.onderwerp());
    }

    /** As decided: the college's amended text where it changed a point, and a struck-out point marked as such. */
    private static String besluitpunt(CollegevoorstelWeergave.BesluitpuntWeergave punt) {
        if (punt.vervallen()) {
            return "[Vervallen] " + punt.tekst();
        }
        return punt.beslotenTekst() != null ? punt.beslotenTekst() : punt.tekst();
    }

    private static List<String> nietLeeg(String... waarden) {
        return Arrays.stream(waarden).filter(w -> w != null && !w.isBlank()).toList();
    }
}
