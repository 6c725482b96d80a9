package nl.wijkafspraken.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.afspraken.Evaluatie;
import nl.wijkafspraken.afspraken.Uitkomst;
import nl.wijkafspraken.afspraken.Verlengingsverslag;
import nl.wijkafspraken.afspraken.VerlengingService;
import nl.wijkafspraken.afspraken.VersieService;
import nl.wijkafspraken.convenant.ConvenantGegevens;
import nl.wijkafspraken.convenant.ConvenantService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's Samenwerkingsafspraken of Aalsmeer and its 2007 convenanten, entered the way a civil servant would (as
 * the demo account {@code ambtenaar}). In two steps around the demo besluit of 4 May 2026 ({@link DemoBesluitvorming}):
 * first the concept version and the convenanten that the besluit names; after the besluit (whose listeners adopt the
 * version and withdraw the convenanten) the signatures, the renewal and the next concept. All text is fictional.
 */
@Component
class DemoAfspraken {

    /** What the demo besluit acts on: the concept version it adopts and the convenanten it withdraws. */
    record Doelen(long afsprakenId, long versieId, List<Long> convenantIds) {
    }

    /** The yearly gezamenlijk wijkoverleg is held in November (as the one of 18 November 2024 in the source). */
    private static final LocalDate GEZAMENLIJK_WIJKOVERLEG = LocalDate.of(2026, 11, 16);

    private final AfsprakenService afspraken;
    private final VersieService versies;
    private final VerlengingService verlengingen;
    private final ConvenantService convenanten;
    private final Clock clock;

    DemoAfspraken(AfsprakenService afspraken, VersieService versies, VerlengingService verlengingen,
            ConvenantService convenanten, Clock clock) {
        this.afspraken = afspraken;
        this.versies = versies;
        this.verlengingen = verlengingen;
        this.convenanten = convenanten;
        this.clock = clock;
    }

    /** The concept afspraken with their parties, and the convenanten; the demo account {@code ambtenaar} must exist. */
    Doelen bereidVoor(Map<String, Long> wijkoverleggen) {
        return alsAmbtenaar(() -> {
            var id = afspraken.maakAan("Samenwerkingsafspraken Wijkoverleggen Aalsmeer");
            versies.wijzigGegevens(id, 1, slot(id, 1), DemoBesluitvorming.ZAAKNUMMER,
                    "Eerste versie, samen met de wijkoverleggen opgesteld.");
            for (var artikel : ARTIKELEN) {
                versies.voegArtikelToe(id, 1, slot(id, 1), artikel[0], artikel[1]);
            }
            for (var naam : List.of("Hornmeer", "Oosteinde", "Kudelstaart", "Centrum")) {
                afspraken.laatToetreden(id, wijkoverleggen.get(naam), DemoBesluitvorming.BESLUITDATUM);
            }
            return new Doelen(id, afspraken.conceptversies().getFirst().versieId(), convenanten(wijkoverleggen));
        });
    }

    /** After the besluit: two boards signed on paper, the renewal of November 2026 and the next concept. */
    void vervolg(long aalsmeer, Map<String, Long> wijkoverleggen, Doelen doelen) {
        alsAmbtenaar(() -> {
            wachtOpVaststelling(doelen.versieId());
            vervolg(aalsmeer, wijkoverleggen, doelen.afsprakenId(), doelen.versieId());
            return null;
        });
    }

    /** The besluit's listeners run after its commit, on another thread: the signatures need the adopted version. */
    private void wachtOpVaststelling(long versieId) {
        var uiterlijk = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (afspraken.conceptversies().stream().anyMatch(c -> c.versieId() == versieId)) {
            if (System.nanoTime() > uiterlijk) {
                throw new IllegalStateException("Het demobesluit heeft de afspraken na 30 seconden niet vastgesteld");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static <T> T alsAmbtenaar(Supplier<T> stap) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ambtenaar", null, List.of()));
        var vorige = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return stap.get();
        } finally {
            SecurityContextHolder.setContext(vorige);
        }
    }

    private void vervolg(long aalsmeer, Map<String, Long> wijkoverleggen, long id, long versieId) {
        afspraken.registreerOndertekening(aalsmeer, versieId, wijkoverleggen.get("Hornmeer"),
                LocalDate.of(2026, 5, 20), "demo: op papier ondertekend");
        afspraken.registreerOndertekening(aalsmeer, versieId, wijkoverleggen.get("Oosteinde"),
                LocalDate.of(2026, 6, 3), "demo: op papier ondertekend");

        int concept;
        if (LocalDate.now(clock).isBefore(GEZAMENLIJK_WIJKOVERLEG)) {
            concept = versies.nieuwConcept(id);
        } else {
            verlengingen.legVast(id, new Verlengingsverslag(GEZAMENLIJK_WIJKOVERLEG,
                    Uitkomst.VERLENGD_MET_WIJZIGINGEN,
                    new Evaluatie(null, "Korte lijnen met de wijkcoördinatoren; de afspraken geven houvast.",
                            "Wijkoverleggen willen eerder horen over plannen in hun wijk."),
                    List.of(new Evaluatie(wijkoverleggen.get("Hornmeer"),
                                    "Het vaste aanspreekpunt werkt goed.",
                                    "Graag een digitaal kanaal voor snelle vragen."),
                            new Evaluatie(wijkoverleggen.get("Oosteinde"),
                                    "De jaarplanning helpt om vooruit te kijken.", null),
                            new Evaluatie(wijkoverleggen.get("Kudelstaart"), null,
                                    "Terugkoppeling op signalen duurt soms lang."))));
            concept = afspraken.conceptversies().getFirst().nummer();
        }
        var nieuw = afspraken.conceptversies().getFirst();
        versies.wijzigGegevens(id, concept, slot(id, concept), "Z26-034518",
                "Naar aanleiding van het gezamenlijk wijkoverleg van november 2026: termijn voor terugkoppeling "
                        + "en een artikel over digitale communicatie.");
        versies.wijzigArtikel(id, concept, 4, slot(id, concept), "Wederzijdse verwachtingen", """
                De gemeente en het wijkoverleg spreken het volgende van elkaar af:

                - de gemeente betrekt het wijkoverleg vroegtijdig bij plannen die de wijk raken;
                - de gemeente koppelt binnen vier weken terug wat er met een signaal van het wijkoverleg is gedaan;
                - het wijkoverleg deelt signalen uit de wijk tijdig en zo concreet mogelijk;
                - beide partijen gaan vertrouwelijk om met informatie die als vertrouwelijk is gedeeld.""");
        versies.voegArtikelToe(id, concept, slot(id, concept), "Digitale communicatie", """
                De gemeente richt een vast digitaal kanaal in voor vragen van de wijkoverleggen. Vragen worden \
                binnen vijf werkdagen beantwoord of van een termijn voorzien.""");
    }

    /** The optimistic lock of a version as it is now, as an edit form would carry it. */
    private long slot(long afsprakenId, int nummer) {
        return versies.versie(afsprakenId, nummer).versie().getVersie();
    }

    private List<Long> convenanten(Map<String, Long> wijkoverleggen) {
        var hornmeer = convenanten.registreer(new ConvenantGegevens("Convenant wijkbeheer Hornmeer",
                "Wijkraad Hornmeer", wijkoverleggen.get("Hornmeer"), LocalDate.of(2007, 3, 15)),
                DemoPdf.metTekst("Convenant wijkbeheer Hornmeer", "Gemeente Aalsmeer en Wijkraad Hornmeer",
                        "Ondertekend op 15 maart 2007", "(fictieve scan voor de demo)"));
        var oosteinde = convenanten.registreer(new ConvenantGegevens("Convenant wijkbeheer Oosteinde",
                "Buurtvereniging Oosteinde", wijkoverleggen.get("Oosteinde"), LocalDate.of(2007, 4, 2)), null);
        var kudelstaart = convenanten.registreer(new ConvenantGegevens("Convenant wijkbeheer Kudelstaart",
                "Dorpsraad Kudelstaart", wijkoverleggen.get("Kudelstaart"), LocalDate.of(2007, 6, 11)), null);
        var dorper = convenanten.registreer(new ConvenantGegevens("Convenant wijkbeheer De Dorper",
                "Buurtcomité De Dorper", null, LocalDate.of(2007, 9, 27)), null);
        return List.of(hornmeer, oosteinde, kudelstaart, dorper);
    }

    private static final String[][] ARTIKELEN = {
        {"Doel en uitgangspunten", """
                Deze afspraken leggen vast hoe de gemeente Aalsmeer en de wijkoverleggen samenwerken. Uitgangspunt \
                is dat de wijkoverleggen zelfstandig zijn en er zijn van en voor bewoners.

                De afspraken vervangen de convenanten wijkbeheer uit 2007 en gelden voor alle wijkoverleggen op \
                dezelfde manier."""},
        {"Rol van het wijkoverleg", """
                Het wijkoverleg:

                - brengt wat er in de wijk leeft onder de aandacht van de gemeente;
                - denkt mee over plannen die de wijk raken;
                - organiseert ten minste twee keer per jaar een openbare bijeenkomst voor bewoners;
                - is open voor alle bewoners van de wijk."""},
        {"Rol van de gemeente", """
                De gemeente:

                - wijst per wijk een vast aanspreekpunt aan;
                - informeert het wijkoverleg over plannen en werkzaamheden in de wijk;
                - ondersteunt het wijkoverleg binnen de bestaande subsidieregelingen;
                - respecteert de zelfstandigheid van het wijkoverleg."""},
        {"Wederzijdse verwachtingen", """
                De gemeente en het wijkoverleg spreken het volgende van elkaar af:

                - de gemeente betrekt het wijkoverleg vroegtijdig bij plannen die de wijk raken;
                - het wijkoverleg deelt signalen uit de wijk tijdig en zo concreet mogelijk;
                - beide partijen gaan vertrouwelijk om met informatie die als vertrouwelijk is gedeeld."""},
        {"Contact en overleg", """
                Het vaste aanspreekpunt en het bestuur van het wijkoverleg spreken elkaar ten minste vier keer per \
                jaar. Tussentijds kunnen beide partijen altijd contact opnemen."""},
        {"Gezamenlijk wijkoverleg", """
                Eens per jaar komen alle wijkoverleggen en de gemeente bijeen in het gezamenlijk wijkoverleg. Daar \
                bespreken zij wat goed werkt en wat beter kan, en besluiten zij over de verlenging van deze \
                afspraken."""},
        {"Looptijd, verlenging en wijziging", """
                Deze afspraken gelden vijf jaar vanaf de ingangsdatum. Zij worden elk jaar tijdens het gezamenlijk \
                wijkoverleg verlengd. Wijzigingen worden gezamenlijk voorbereid; wijzigingen die een besluit vragen, \
                worden aan het college voorgelegd."""},
    };
}
