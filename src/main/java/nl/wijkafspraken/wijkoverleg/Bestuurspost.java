package nl.wijkafspraken.wijkoverleg;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.post.Bericht;
import nl.wijkafspraken.post.PostService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the people who would notice a redirected signature (issue 13): when the address or tekenbevoegdheid of a
 * member changes, or a tekenbevoegd member is added, a mail goes to the old address and to the other tekenbevoegden
 * of the wijkoverleg, with what changed, when and by whom. The real member so hears of a change made in their name.
 * Texts in messages.properties ({@code bestuurslid.post.*}); sent through the outbox when the change commits.
 */
@Component
class Bestuurspost {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", NL);

    private final PostService post;
    private final GemeenteRegister gemeenten;
    private final MessageSource berichten;
    private final Clock clock;

    Bestuurspost(PostService post, GemeenteRegister gemeenten, MessageSource berichten, Clock clock) {
        this.post = post;
        this.gemeenten = gemeenten;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** @param voor the member before the change, or null for a new member */
    void tekengegevensGewijzigd(Wijkoverleg wijkoverleg, Bestuurslidstand voor, Bestuurslid na, String door) {
        var regels = new ArrayList<String>();
        regels.add(tekst("lid", na.getNaam(), tekst("functie." + na.getFunctie())));
        if (voor == null) {
            regels.add(tekst("nieuw", na.getEmail()));
        } else {
            if (!Bestuursmutatie.zelfdeAdres(voor.email(), na.getEmail())) {
                regels.add(tekst("email", voor.email(), na.getEmail()));
            }
            if (voor.tekenbevoegd() != na.isTekenbevoegd()) {
                regels.add(tekst("tekenbevoegd", janee(voor.tekenbevoegd()), janee(na.isTekenbevoegd())));
            }
        }
        regels.add(tekst("door", TIJD.format(clock.instant().atZone(clock.getZone())), door));
        var gemeente = gemeenten.gemeente(wijkoverleg.getGemeenteId()).map(g -> g.naam()).orElse("");
        var ontvangers = new LinkedHashMap<String, String>();
        if (voor != null && !Bestuursmutatie.zelfdeAdres(voor.email(), na.getEmail())) {
            ontvangers.put(voor.email().strip().toLowerCase(Locale.ROOT), voor.naam());
        }
        wijkoverleg.tekenbevoegdenOp(LocalDate.now(clock)).stream()
                .filter(b -> b != na && !Bestuursmutatie.zelfdeAdres(b.getEmail(), na.getEmail()))
                .forEach(b -> ontvangers.putIfAbsent(b.getEmail().strip().toLowerCase(Locale.ROOT), b.getNaam()));
        ontvangers.forEach((adres, naam) -> post.verstuur(new Bericht(wijkoverleg.getGemeenteId(), adres,
                tekst("onderwerp", wijkoverleg.getNaam()),
                tekst("tekst", naam, gemeente, wijkoverleg.getNaam(), String.join("\n", regels)))));
    }

    private String janee(boolean waarde) {
        return tekst(waarde ? "ja" : "nee");
    }

    private String tekst(String sleutel, Object... argumenten) {
        return berichten.getMessage("bestuurslid.post." + sleutel, argumenten, NL);
    }
}
