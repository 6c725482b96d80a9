package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.post.Bericht;
import nl.wijkafspraken.post.Bijlage;
import nl.wijkafspraken.post.PostService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of the signing flow, in plain Dutch (texts in messages.properties, keys {@code ondertekening.post.*}),
 * through the outbox ({@link PostService}): sent only when the transaction that caused them commits. Links and
 * codes appear in the text only, never in a subject or a log. Invitations and reminders name the civil servant who
 * started the round as the person to ask.
 */
@Component
class Ondertekeningspost {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final PostService post;
    private final GemeenteRegister gemeenten;
    private final MessageSource berichten;
    private final String basisUrl;
    private final Clock clock;

    Ondertekeningspost(PostService post, GemeenteRegister gemeenten, MessageSource berichten,
            @Value("${wijkafspraken.basis-url:http://localhost:8080}") String basisUrl, Clock clock) {
        this.post = post;
        this.gemeenten = gemeenten;
        this.berichten = berichten;
        this.basisUrl = basisUrl.strip().replaceAll("/+$", "");
        this.clock = clock;
    }

    /** The signing page of a token, at the app's public address ({@code wijkafspraken.basis-url}). */
    private String link(String token) {
        return basisUrl + "/ondertekenen/" + token;
    }

    void uitnodiging(Uitnodiging uitnodiging, String token) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), tekst("uitnodiging.onderwerp", document(ronde)),
                tekst("uitnodiging.tekst", uitnodiging.getNaam(), gemeente(ronde), functie(uitnodiging),
                        uitnodiging.getPartij().getNaam(), document(ronde), link(token),
                        tijd(uitnodiging.getGeldigTot()), contact(ronde)));
    }

    void herinnering(Uitnodiging uitnodiging, String token) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), tekst("herinnering.onderwerp", document(ronde)),
                tekst("herinnering.tekst", uitnodiging.getNaam(), tijd(uitnodiging.getVerstuurdOp()),
                        gemeente(ronde), uitnodiging.getPartij().getNaam(), document(ronde), link(token),
                        tijd(uitnodiging.getGeldigTot()), contact(ronde)));
    }

    void code(Uitnodiging uitnodiging, String code) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), tekst("code.onderwerp"), tekst("code.tekst", uitnodiging.getNaam(),
                document(ronde), code, Tijden.tijd(uitnodiging.getCodeGeldigTot(), clock.getZone())));
    }

    void bevestiging(Uitnodiging uitnodiging, Instant tijdstip) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), tekst("bevestiging.onderwerp"), tekst("bevestiging.tekst",
                uitnodiging.getNaam(), tijd(tijdstip), uitnodiging.getPartij().getNaam(), document(ronde),
                ronde.getDocumentHash(), contact(ronde)));
    }

    void weigering(Ronde ronde, String aan, String naamOntvanger, Uitnodiging geweigerd, String reden) {
        verstuur(ronde, aan, tekst("weigering.onderwerp", geweigerd.getNaam()), tekst("weigering.tekst",
                naamOntvanger, geweigerd.getNaam(), functie(geweigerd), geweigerd.getPartij().getNaam(),
                document(ronde), reden));
    }

    void nietNodig(Uitnodiging uitnodiging) {
        var ronde = uitnodiging.getPartij().getRonde();
        verstuur(ronde, uitnodiging.getEmail(), tekst("nietNodig.onderwerp"), tekst("nietNodig.tekst",
                uitnodiging.getNaam(), uitnodiging.getPartij().getNaam(), document(ronde)));
    }

    void intrekking(Ronde ronde, String aan, String naamOntvanger) {
        verstuur(ronde, aan, tekst("intrekking.onderwerp", document(ronde)), tekst("intrekking.tekst",
                naamOntvanger, gemeente(ronde), document(ronde), ronde.getIntrekkingsreden()));
    }

    /**
     * To a college member with the signing mandaat: a round waits for the gemeente's signature, with the address of
     * the signing page (behind the login). {@code besturenKlaar}: every board has signed, only the gemeente is missing.
     */
    void gemeenteTekenen(Ronde ronde, String aan, String naam, boolean besturenKlaar) {
        var soort = besturenKlaar ? "gemeenteLaatste" : "gemeenteTekenen";
        verstuur(ronde, aan, tekst(soort + ".onderwerp", document(ronde)), tekst(soort + ".tekst", naam,
                gemeente(ronde), document(ronde), basisUrl + "/ondertekening/rondes/" + ronde.getId() + "/ondertekenen",
                contact(ronde)));
    }

    /** To the civil servant who started the round: every party has signed. */
    void voltooid(Ronde ronde) {
        verstuur(ronde, ronde.getGestartDoorEmail(), tekst("voltooid.onderwerp", document(ronde)),
                tekst("voltooid.tekst", ronde.getGestartDoorNaam(), document(ronde),
                        basisUrl + "/ondertekening/rondes/" + ronde.getId()));
    }

    /**
     * The sealed document of a party, attached, with the address of its download and of its own verification page
     * (what its QR code opens).
     */
    void verzegeld(Ronde ronde, String partij, String aan, String sha256, UUID identificatie, byte[] pdf) {
        verstuur(ronde, aan, tekst("verzegeld.onderwerp", document(ronde)), tekst("verzegeld.tekst", partij,
                document(ronde), basisUrl + "/verifieren/" + sha256 + ".pdf",
                basisUrl + "/verifieren/" + identificatie),
                List.of(new Bijlage("samenwerkingsafspraken-" + sha256.substring(0, 12) + ".pdf", "application/pdf",
                        pdf)));
    }

    /** Whom to ask: the civil servant who started the round, with e-mail when their account had one. */
    private String contact(Ronde ronde) {
        var afzender = Afzender.van(ronde, gemeente(ronde));
        if (afzender.contactnaam() == null) {
            return tekst("contact.gemeente", afzender.gemeente());
        }
        return afzender.heeftEmail()
                ? tekst("contact", afzender.contactnaam(), afzender.gemeente(), afzender.contactemail())
                : tekst("contact.zonderEmail", afzender.contactnaam(), afzender.gemeente());
    }

    /** Every argument is text already (dates written out), so MessageFormat formats nothing itself. */
    private String tekst(String sleutel, Object... argumenten) {
        return berichten.getMessage("ondertekening.post." + sleutel, argumenten, NL);
    }

    private void verstuur(Ronde ronde, String aan, String onderwerp, String tekst) {
        verstuur(ronde, aan, onderwerp, tekst, List.of());
    }

    private void verstuur(Ronde ronde, String aan, String onderwerp, String tekst, List<Bijlage> bijlagen) {
        post.verstuur(new Bericht(ronde.getGemeenteId(), aan, kort(onderwerp),
                tekst + "\n" + tekst("groet", gemeente(ronde)), bijlagen));
    }

    private String gemeente(Ronde ronde) {
        return gemeenten.gemeente(ronde.getGemeenteId()).map(g -> g.naam()).orElse("");
    }

    private String document(Ronde ronde) {
        return tekst("document", ronde.getTitel(), String.valueOf(ronde.getVersienummer()));
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
