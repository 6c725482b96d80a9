package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.post.Bericht;
import nl.wijkafspraken.post.Bijlage;
import nl.wijkafspraken.post.PostService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails of the signing flow, in Dutch, through the outbox ({@link PostService}): sent only when the
 * transaction that caused them commits. Links and codes appear in the text only, never in a subject or a log.
 */
@Component
class Ondertekeningspost {

    private final PostService post;
    private final GemeenteRegister gemeenten;
    private final String basisUrl;
    private final Clock clock;

    Ondertekeningspost(PostService post, GemeenteRegister gemeenten,
            @Value("${wijkafspraken.basis-url:http://localhost:8080}") String basisUrl, Clock clock) {
        this.post = post;
        this.gemeenten = gemeenten;
        this.basisUrl = basisUrl.strip().replaceAll("/+$", "");
        this.clock = clock;
    }

    /** The signing page of a token, at the app's public address ({@code wijkafspraken.basis-url}). */
    private String link(String token) {
        return basisUrl + "/ondertekenen/" + token;
    }

    void uitnodiging(Uitnodiging uitnodiging, String token) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), "Uitnodiging: ondertekening " + document(ronde), """
                Beste %s,

                De gemeente %s nodigt u uit om als %s namens %s de %s te ondertekenen.

                Open deze persoonlijke link:
                %s

                Op die pagina leest u de volledige tekst. U vraagt er een code aan, die wij naar dit e-mailadres \
                sturen, en u ondertekent of weigert met een reden.

                De link werkt tot %s en is alleen voor u: stuur deze e-mail niet door.
                """.formatted(uitnodiging.getNaam(), gemeente(ronde), functie(uitnodiging),
                uitnodiging.getPartij().getNaam(), document(ronde), link(token),
                tijd(uitnodiging.getGeldigTot())));
    }

    void herinnering(Uitnodiging uitnodiging, String token) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), "Herinnering: ondertekening " + document(ronde), """
                Beste %s,

                Op %s heeft de gemeente %s u uitgenodigd om namens %s de %s te ondertekenen. Dat is nog niet \
                gebeurd.

                U kunt ondertekenen of weigeren via deze persoonlijke link (de link uit de eerdere e-mail werkt \
                ook nog):
                %s

                De uitnodiging loopt af op %s.
                """.formatted(uitnodiging.getNaam(), tijd(uitnodiging.getVerstuurdOp()), gemeente(ronde),
                uitnodiging.getPartij().getNaam(), document(ronde), link(token),
                tijd(uitnodiging.getGeldigTot())));
    }

    void code(Uitnodiging uitnodiging, String code) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), "Uw code voor de ondertekening", """
                Beste %s,

                Uw code om de %s te ondertekenen of te weigeren is:

                %s

                De code is tien minuten geldig (tot %s) en werkt één keer. Heeft u geen code gevraagd? Dan kunt u \
                deze e-mail negeren.
                """.formatted(uitnodiging.getNaam(), document(ronde), code,
                Tijden.tijd(uitnodiging.getCodeGeldigTot(), clock.getZone())));
    }

    void bevestiging(Uitnodiging uitnodiging, Instant tijdstip) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), "Bevestiging: u heeft ondertekend", """
                Beste %s,

                U heeft op %s namens %s de %s ondertekend.

                De vingerafdruk (SHA-256) van de tekst die u ondertekende is:
                %s

                Bewaar deze e-mail. Zodra alle handtekeningen compleet zijn, maakt de gemeente het ondertekende \
                document op.
                """.formatted(uitnodiging.getNaam(), tijd(tijdstip), uitnodiging.getPartij().getNaam(),
                document(ronde), ronde.getDocumentHash()));
    }

    void weigering(Ronde ronde, String aan, String naamOntvanger, Uitnodiging geweigerd, String reden) {
        verstuur(ronde, aan, "Ondertekening geweigerd door " + geweigerd.getNaam(), """
                Beste %s,

                %s (%s van %s) heeft geweigerd de %s te ondertekenen.

                Opgegeven reden:
                %s

                De gemeente neemt contact op over het vervolg.
                """.formatted(naamOntvanger, geweigerd.getNaam(), functie(geweigerd), geweigerd.getPartij().getNaam(),
                document(ronde), reden));
    }

    void nietNodig(Uitnodiging uitnodiging) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), "Uw handtekening is niet meer nodig", """
                Beste %s,

                %s heeft de %s ondertekend met de handtekeningen die nodig zijn. Uw uitnodiging is daarom \
                vervallen; u hoeft niets meer te doen.
                """.formatted(uitnodiging.getNaam(), uitnodiging.getPartij().getNaam(), document(ronde)));
    }

    void intrekking(Ronde ronde, String aan, String naamOntvanger) {
        verstuur(ronde, aan, "Ondertekening ingetrokken: " + document(ronde), """
                Beste %s,

                De gemeente %s heeft de ondertekenronde voor de %s ingetrokken. Links uit eerdere e-mails werken \
                niet meer.

                Reden:
                %s
                """.formatted(naamOntvanger, gemeente(ronde), document(ronde), ronde.getIntrekkingsreden()));
    }

    /** The sealed document of a party, attached, with its public address and the verification page. */
    void verzegeld(Ronde ronde, String partij, String aan, String sha256, byte[] pdf) {
        verstuur(ronde, aan, "Ondertekend document: " + document(ronde), """
                Beste ondertekenaar,

                %s en de gemeente hebben de %s ondertekend. Het verzegelde document zit als bijlage bij deze e-mail                 en staat ook op:
                %s/verifieren/%s.pdf

                Iedereen kan een kopie controleren op %s/verifieren.
                """.formatted(partij, document(ronde), basisUrl, sha256, basisUrl),
                List.of(new Bijlage("samenwerkingsafspraken-" + sha256.substring(0, 12) + ".pdf", "application/pdf",
                        pdf)));
    }

    private void verstuur(Ronde ronde, String aan, String onderwerp, String tekst) {
        verstuur(ronde, aan, onderwerp, tekst, List.of());
    }

    private void verstuur(Ronde ronde, String aan, String onderwerp, String tekst, List<Bijlage> bijlagen) {
        post.verstuur(new Bericht(ronde.getGemeenteId(), aan, kort(onderwerp), tekst + """

                Met vriendelijke groet,
                Gemeente %s
                """.formatted(gemeente(ronde)), bijlagen));
    }

    private String gemeente(Ronde ronde) {
        return gemeenten.gemeente(ronde.getGemeenteId()).map(g -> g.naam()).orElse("");
    }

    private static String document(Ronde ronde) {
        return ronde.getTitel() + " (versie " + ronde.getVersienummer() + ")";
    }

    private static String functie(Uitnodiging uitnodiging) {
        return uitnodiging.getFunctie().name().toLowerCase(Locale.ROOT);
    }

    private String tijd(Instant moment) {
        return Tijden.tekst(moment, clock.getZone());
    }

    private static String kort(String onderwerp) {
        return onderwerp.length() <= 250 ? onderwerp : onderwerp.substring(0, 249) + "…";
    }
}
