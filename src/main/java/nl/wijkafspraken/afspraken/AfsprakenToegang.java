package nl.wijkafspraken.afspraken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.wijkoverleg.WijkoverlegInfo;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Finds the afspraken for the services of this module, with the object rules on top of the role × action matrix
 * ({@link Rechten}): afspraken of another gemeente, or that the user may not read (a BESTUURSLID whose wijkoverleg
 * is not party to them), are "not found"; a change also needs {@link Actie#AFSPRAKEN_BEHEREN} (403).
 */
@Component
class AfsprakenToegang {

    static final String OBJECTTYPE = "Afspraken";

    private final AfsprakenRepository afspraken;
    private final HuidigeGebruiker huidigeGebruiker;
    private final WijkoverlegService wijkoverleggen;
    private final Clock clock;

    AfsprakenToegang(AfsprakenRepository afspraken, HuidigeGebruiker huidigeGebruiker,
            WijkoverlegService wijkoverleggen, Clock clock) {
        this.afspraken = afspraken;
        this.huidigeGebruiker = huidigeGebruiker;
        this.wijkoverleggen = wijkoverleggen;
        this.clock = clock;
    }

    Gebruiker gebruiker() {
        return huidigeGebruiker.get();
    }

    LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    Afspraken leesbaar(Gebruiker gebruiker, long id) {
        var gevonden = afspraken.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
        if (!magLezen(gebruiker, gevonden)) {
            throw new NietGevondenException(OBJECTTYPE, id);
        }
        return gevonden;
    }

    /** For a change: readable, the user may change it (403 otherwise), and locked until the transaction ends. */
    Afspraken voorWijziging(Gebruiker gebruiker, long id) {
        var gevonden = afspraken.findForUpdate(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
        if (!magLezen(gebruiker, gevonden)) {
            throw new NietGevondenException(OBJECTTYPE, id);
        }
        Rechten.vereis(gebruiker, Actie.AFSPRAKEN_BEHEREN);
        return gevonden;
    }

    /** A system path (effect of a besluit, a signature): the afspraken of a version in a gemeente, locked. */
    Afspraken vanVersieVoorWijziging(long gemeenteId, long versieId) {
        return afspraken.afsprakenIdVanVersie(versieId, gemeenteId)
                .flatMap(id -> afspraken.findForUpdate(id, gemeenteId))
                .orElseThrow(() -> new NietGevondenException("Versie", versieId));
    }

    /** Refuses when someone else changed the version since the form was opened. */
    static Versie actueel(Versie versie, long verwacht) {
        if (versie.getVersie() != verwacht) {
            throw new ObjectOptimisticLockingFailureException(Versie.class, versie.getId());
        }
        return versie;
    }

    /** Across the gemeente, or as board member of a wijkoverleg that is party to them. */
    static boolean magLezen(Gebruiker gebruiker, Afspraken afspraken) {
        return Rechten.mag(gebruiker, Actie.AFSPRAKEN_LEZEN)
                || Rechten.eigenWijkoverleggen(gebruiker, Actie.AFSPRAKEN_LEZEN).stream().anyMatch(afspraken::isPartij);
    }

    /** The register of the gemeente's wijkoverleggen by id. */
    Map<Long, WijkoverlegInfo> register(long gemeenteId) {
        return wijkoverleggen.register(gemeenteId).stream()
                .collect(Collectors.toMap(WijkoverlegInfo::id, Function.identity()));
    }

    static Set<Long> opgeheven(Map<Long, WijkoverlegInfo> register) {
        return register.values().stream().filter(WijkoverlegInfo::isOpgeheven).map(WijkoverlegInfo::id)
                .collect(Collectors.toSet());
    }
}
