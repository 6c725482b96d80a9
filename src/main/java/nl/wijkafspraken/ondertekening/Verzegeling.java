package nl.wijkafspraken.ondertekening;

import java.util.LinkedHashSet;
import java.util.List;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument;
import nl.wijkafspraken.opmaak.PdfService;
import nl.wijkafspraken.zegel.Documentbeschrijving;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once a wijkoverleg and the gemeente have both signed in a round: the afspraken with that party as one PDF (the
 * version text, then the signature page with each signer, the document hash, the mandate and a QR code to the
 * document's own verification page, then an evidence page per party with every event of the round, see
 * {@link Bewijsopbouw}), sealed with the gemeente's certificate (and, with a TSA configured, a trusted timestamp) and
 * kept in the register of sealed documents; every signer of the two parties gets it by e-mail.
 * Idempotent: the register keeps one document per kenmerk (round and wijkoverleg), so a redelivered event finds it
 * and sends nothing again. When the TSA does not answer, the listener fails, nothing is stored or sent, and
 * {@link VerzegelingHerhaling} delivers the event again later.
 */
@Component
class Verzegeling {

    private final RondeRepository rondes;
    private final HandtekeningbewijsRepository bewijzen;
    private final OndertekeningService ondertekening;
    private final Versieteksten versieteksten;
    private final GemeenteRegister gemeenten;
    private final PdfService pdf;
    private final VerzegeldeDocumenten documenten;
    private final Ondertekeningspost post;
    private final Bewijsopbouw bewijsopbouw;

    Verzegeling(RondeRepository rondes, HandtekeningbewijsRepository bewijzen, OndertekeningService ondertekening,
            Versieteksten versieteksten, GemeenteRegister gemeenten, PdfService pdf, VerzegeldeDocumenten documenten,
            Ondertekeningspost post, Bewijsopbouw bewijsopbouw) {
        this.bewijsopbouw = bewijsopbouw;
        this.rondes = rondes;
        this.bewijzen = bewijzen;
        this.ondertekening = ondertekening;
        this.versieteksten = versieteksten;
        this.gemeenten = gemeenten;
        this.pdf = pdf;
        this.documenten = documenten;
        this.post = post;
    }

    /** The key of the sealed document of a party in a round, in the register of sealed documents. */
    static String kenmerk(long rondeId, long wijkoverlegId) {
        return "ronde/" + rondeId + "/wijkoverleg/" + wijkoverlegId;
    }

    @ApplicationModuleListener
    void bij(PartijOndertekend ondertekend) {
        var gemeenteId = ondertekend.gemeenteId();
        var kenmerk = kenmerk(ondertekend.rondeId(), ondertekend.wijkoverlegId());
        if (documenten.opKenmerk(gemeenteId, kenmerk).isPresent()) {
            return;
        }
        var ronde = rondes.findByIdAndGemeenteId(ondertekend.rondeId(), gemeenteId).orElseThrow();
        var partij = ronde.wijkoverleg(ondertekend.wijkoverlegId()).orElseThrow();
        var tekst = versieteksten.tekst(gemeenteId, ondertekend.versieId());
        var handtekeningen = ondertekening.handtekeningen(gemeenteId, ronde.getId(), ondertekend.wijkoverlegId());
        var gemeenteNaam = gemeenten.gemeente(gemeenteId).map(g -> g.naam()).orElse("");
        // The identifier comes first: the PDF prints the address of its own verification page.
        var identificatie = documenten.nieuweIdentificatie();

        var document = pdf.ondertekendeAfspraken(new OndertekendeAfsprakenDocument(gemeenteNaam, tekst.titel(),
                tekst.versienummer(), tekst.ingangsdatum(), tekst.einddatum(), tekst.besluitIdentificatie(),
                tekst.artikelen().stream().map(a -> new OndertekendeAfsprakenDocument.Artikel(a.nummer(), a.kop(),
                        a.tekst())).toList(),
                partij.getNaam(), tekst.sha256(),
                handtekeningen.stream().map(h -> new OndertekendeAfsprakenDocument.Ondertekenaar(h.naam(),
                        h.functie(), h.partij(), h.tijdstip(), h.methode(), h.mandaat())).toList(),
                documenten.verificatieUrl(identificatie), bewijsopbouw.rondeIdentificatie(ronde, kenmerk),
                bewijsopbouw.paginas(ronde, partij)));
        var verzegeld = documenten.verzegelEnBewaar(gemeenteId, kenmerk, identificatie, document,
                new Documentbeschrijving(gemeenteNaam, tekst.titel(), "versie " + tekst.versienummer(),
                        partij.getNaam(), handtekeningen.stream().map(h -> new Documentbeschrijving.Ondertekenaar(
                                h.naam(), h.functie(), h.tijdstip())).toList(), tekst.sha256()));

        var partijen = List.of(partij.getId(), ronde.gemeente().getId());
        var adressen = new LinkedHashSet<String>();
        bewijzen.findByRondeIdOrderByTijdstipAscIdAsc(ronde.getId()).stream()
                .filter(b -> partijen.contains(b.getPartijId()) && b.getEmail() != null)
                .forEach(b -> adressen.add(b.getEmail()));
        adressen.forEach(aan -> post.verzegeld(ronde, partij.getNaam(), aan, verzegeld.sha256(),
                verzegeld.identificatie(), documenten.pdf(gemeenteId, verzegeld.id())));
    }
}
