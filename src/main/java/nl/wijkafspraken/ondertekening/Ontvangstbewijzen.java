package nl.wijkafspraken.ondertekening;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.zegel.VerzegeldDocument;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import org.springframework.stereotype.Component;

/**
 * The receipt of a used link ({@link Ontvangstbewijs}) and the text that was signed through it, read from the
 * evidence; the caller has checked that the invitation was used to sign or refuse.
 */
@Component
class Ontvangstbewijzen {

    private final HandtekeningbewijsRepository handtekeningen;
    private final WeigeringbewijsRepository weigeringen;
    private final Versieteksten versieteksten;
    private final VerzegeldeDocumenten documenten;
    private final Rondeweergave weergave;

    Ontvangstbewijzen(HandtekeningbewijsRepository handtekeningen, WeigeringbewijsRepository weigeringen,
            Versieteksten versieteksten, VerzegeldeDocumenten documenten, Rondeweergave weergave) {
        this.handtekeningen = handtekeningen;
        this.weigeringen = weigeringen;
        this.versieteksten = versieteksten;
        this.documenten = documenten;
        this.weergave = weergave;
    }

    Ontvangstbewijs van(Uitnodiging uitnodiging, Afzender afzender) {
        var partij = uitnodiging.getPartij();
        var ronde = partij.getRonde();
        var bewijzen = handtekeningen.findByRondeIdOrderByTijdstipAscIdAsc(ronde.getId());
        // Only this agreement's signers: the wijkoverleg's and the gemeente's, never another wijkoverleg's.
        var ondertekenaars = bewijzen.stream().filter(h -> h.getPartijId() == partij.getId())
                .map(this::ondertekenaar).toList();
        var gemeente = bewijzen.stream().filter(h -> h.getPartijId() == ronde.gemeente().getId()).findFirst()
                .map(this::ondertekenaar).orElse(null);
        var verzegeld = partij.isGemeld() ? documenten.opKenmerk(ronde.getGemeenteId(),
                Verzegeling.kenmerk(ronde.getId(), partij.getWijkoverlegId())).orElse(null) : null;
        var besluit = versieteksten.tekst(ronde.getGemeenteId(), ronde.getVersieId()).besluitIdentificatie();
        var geweigerd = uitnodiging.getStatus() == Uitnodigingstatus.GEWEIGERD;
        var weigering = geweigerd
                ? weigeringen.findFirstByUitnodigingIdOrderByIdAsc(uitnodiging.getId()).orElseThrow() : null;
        var handtekening = geweigerd ? null : handtekening(uitnodiging);
        return new Ontvangstbewijs(afzender, uitnodiging.getNaam(), Rondeweergave.functie(uitnodiging),
                partij.getNaam(), geweigerd,
                weergave.lokaal(geweigerd ? weigering.getTijdstip() : handtekening.getTijdstip()),
                geweigerd ? weigering.getReden() : null, ronde.getTitel(), ronde.getVersienummer(), besluit,
                geweigerd ? ronde.getDocumentHash() : handtekening.getDocumentHash(), partij.getStatus(),
                partij.getVereist(), ondertekenaars, gemeente, partij.getStatus() == Partijstatus.INGETROKKEN,
                verzegeld == null ? null : verzegeld.sha256(), verzegeld == null ? null : verzegeld.identificatie());
    }

    /**
     * The text signed through the invitation, byte for byte the canonical form whose hash was recorded with the
     * signature; a vastgestelde text never changes, so a difference is a fault, not a case to show.
     */
    Tekstbestand tekst(Uitnodiging uitnodiging) {
        var ronde = uitnodiging.getPartij().getRonde();
        var getekend = handtekening(uitnodiging).getDocumentHash();
        var tekst = versieteksten.tekst(ronde.getGemeenteId(), ronde.getVersieId());
        if (!tekst.sha256().equals(getekend)) {
            throw new IllegalStateException("De tekst van versie " + ronde.getVersienummer()
                    + " wijkt af van de tekst die via uitnodiging " + uitnodiging.getId() + " is ondertekend");
        }
        return new Tekstbestand(bestandsnaam(tekst.titel(), tekst.versienummer()),
                tekst.canoniek().getBytes(StandardCharsets.UTF_8));
    }

    private Handtekeningbewijs handtekening(Uitnodiging uitnodiging) {
        return handtekeningen.findFirstByUitnodigingIdOrderByIdAsc(uitnodiging.getId()).orElseThrow();
    }

    private Ontvangstbewijs.Ondertekenaar ondertekenaar(Handtekeningbewijs bewijs) {
        return new Ontvangstbewijs.Ondertekenaar(bewijs.getNaam(), bewijs.getFunctie(),
                weergave.lokaal(bewijs.getTijdstip()));
    }

    /** "Samenwerkingsafspraken Wijkoverleggen", 2 → "samenwerkingsafspraken-wijkoverleggen-versie-2.txt". */
    static String bestandsnaam(String titel, int versienummer) {
        var naam = Normalizer.normalize(titel, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (naam.length() > 80) {
            naam = naam.substring(0, 80).replaceAll("-+$", "");
        }
        return (naam.isEmpty() ? "afspraken" : naam) + "-versie-" + versienummer + ".txt";
    }
}
