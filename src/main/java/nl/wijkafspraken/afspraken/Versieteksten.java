package nl.wijkafspraken.afspraken;

import java.util.Optional;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exact text of a version with its SHA-256 ({@link Versietekst}), for the modules that have it signed, sealed
 * or verified. A system path: it asks nobody who is logged in, so the caller scopes the gemeente and checks the user
 * itself (the public signing page has no user at all).
 */
@Service
@Transactional(readOnly = true)
public class Versieteksten {

    private final AfsprakenRepository afspraken;

    Versieteksten(AfsprakenRepository afspraken) {
        this.afspraken = afspraken;
    }

    /** The text of any version (concept, vastgesteld or vervangen) of the gemeente; 404 for another gemeente's. */
    public Versietekst tekst(long gemeenteId, long versieId) {
        var gevonden = afspraken.afsprakenIdVanVersie(versieId, gemeenteId)
                .flatMap(id -> afspraken.findByIdAndGemeenteId(id, gemeenteId))
                .orElseThrow(() -> new NietGevondenException("Versie", versieId));
        return Versietekst.van(gevonden, gevonden.versieMetId(versieId).orElseThrow());
    }

    /** The text of the vastgestelde version of the afspraken: the one parties sign now; empty when there is none. */
    public Optional<Versietekst> geldendeVersie(long gemeenteId, long afsprakenId) {
        return afspraken.findByIdAndGemeenteId(afsprakenId, gemeenteId)
                .flatMap(a -> a.geldendeVersie().map(v -> Versietekst.van(a, v)));
    }
}
