package nl.wijkafspraken.afspraken;

import java.util.List;
import nl.wijkafspraken.besluit.Voorstelverwijzing;

/**
 * A version with its afspraken, the collegevoorstellen that propose to adopt it (for medewerkers; empty for a
 * BESTUURSLID, who cannot open them), and what the user may do with it.
 */
public record VersieWeergave(Afspraken afspraken, Versie versie, List<Voorstelverwijzing> voorstellen,
        boolean magWijzigen, boolean magVergelijken) {
}
