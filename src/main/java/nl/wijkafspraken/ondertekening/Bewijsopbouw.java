package nl.wijkafspraken.ondertekening;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wijkafspraken.opmaak.CollegevoorstelDocument.Gegeven;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Bewijs;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Bewijspagina;
import nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument.Gebeurtenis;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evidence pages of a sealed document (issue 13, part 7): for the wijkoverleg and for the gemeente, every event
 * of the round for that party and per signer the method (for the gemeente with the second factor of the step-up at
 * signing), typed name, consent version and (for the gemeente) the mandate. Only names and functions: the e-mail and IP addresses recorded with the events stay in the database.
 */
@Component
class Bewijsopbouw {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Gebeurtenissen gebeurtenissen;
    private final HandtekeningbewijsRepository bewijzen;
    private final MessageSource berichten;

    Bewijsopbouw(Gebeurtenissen gebeurtenissen, HandtekeningbewijsRepository bewijzen, MessageSource berichten) {
        this.gebeurtenissen = gebeurtenissen;
        this.bewijzen = bewijzen;
        this.berichten = berichten;
    }

    /** The round's identifier as the evidence pages print it. */
    String rondeIdentificatie(Ronde ronde, String kenmerk) {
        return tekst("ondertekening.bewijs.ronde", String.valueOf(ronde.getId()), kenmerk);
    }

    /** The pages of the wijkoverleg and then the gemeente. */
    List<Bewijspagina> paginas(Ronde ronde, Rondepartij wijkoverleg) {
        var alle = gebeurtenissen.vanRonde(ronde.getGemeenteId(), ronde.getId());
        var handtekeningen = bewijzen.findByRondeIdOrderByTijdstipAscIdAsc(ronde.getId());
        return List.of(wijkoverleg, ronde.gemeente()).stream().map(partij -> new Bewijspagina(partij.getNaam(),
                alle.stream().filter(g -> g.getPartijId() == partij.getId()).map(this::gebeurtenis).toList(),
                handtekeningen.stream().filter(h -> h.getPartijId() == partij.getId()).map(this::bewijs).toList()))
                .toList();
    }

    private Gebeurtenis gebeurtenis(Rondegebeurtenis gebeurtenis) {
        return new Gebeurtenis(gebeurtenis.getTijdstip(),
                tekst("ondertekening.gebeurtenis." + gebeurtenis.getSoort().name()),
                tekst("ondertekening.bewijs.wie", gebeurtenis.getNaam(), gebeurtenis.getFunctie()));
    }

    private Bewijs bewijs(Handtekeningbewijs handtekening) {
        var regels = new ArrayList<Gegeven>();
        regels.add(new Gegeven(tekst("ondertekening.bewijs.functie"), handtekening.getFunctie()));
        regels.add(new Gegeven(tekst("ondertekening.bewijs.methode"),
                tekst("ondertekening.bewijs.methode." + handtekening.getMethode().name())));
        if (handtekening.getMethode() == Methode.INLOG) {
            var factor = handtekening.getBevestigingMethode();
            regels.add(new Gegeven(tekst("ondertekening.bewijs.tweedeFactor"), factor == null
                    ? tekst("ondertekening.bewijs.nietVastgelegd")
                    : tekst("ondertekening.bewijs.tweedeFactor." + factor.name(), handtekening.getBevestigingTijdstip()
                            == null ? "" : UTC.format(handtekening.getBevestigingTijdstip()))));
        }
        regels.add(new Gegeven(tekst("ondertekening.bewijs.getypteNaam"), handtekening.getGetypteNaam()));
        var bevestigd = handtekening.getAfwijkendeNaamBevestigd();
        regels.add(new Gegeven(tekst("ondertekening.bewijs.schrijfwijze"), tekst("ondertekening.bewijs.schrijfwijze."
                + (bevestigd == null ? "onbekend" : bevestigd ? "ja" : "nee"))));
        regels.add(new Gegeven(tekst("ondertekening.bewijs.toestemming"), handtekening.getToestemmingsversie() == null
                ? tekst("ondertekening.bewijs.nietVastgelegd") : handtekening.getToestemmingsversie()));
        if (handtekening.getMandaatScope() != null) {
            regels.add(new Gegeven(tekst("ondertekening.bewijs.mandaat"), tekst("ondertekening.bewijs.mandaat.waarde",
                    handtekening.getMandaatScope(), handtekening.getBesluitIdentificatie())));
            var van = handtekening.getMandaatIngangsdatum();
            var tot = handtekening.getMandaatEinddatum();
            if (van != null) {
                regels.add(new Gegeven(tekst("ondertekening.bewijs.geldigheid"), tot == null
                        ? tekst("ondertekening.bewijs.geldigheid.open", DATUM.format(van))
                        : tekst("ondertekening.bewijs.geldigheid.waarde", DATUM.format(van), DATUM.format(tot))));
            }
        }
        return new Bewijs(handtekening.getNaam(), regels);
    }

    private String tekst(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten, NL);
    }
}
