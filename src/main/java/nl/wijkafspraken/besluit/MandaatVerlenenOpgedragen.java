package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/** The college grants a college member a mandate with this scope from the ingangsdatum (until the einddatum). */
public record MandaatVerlenenOpgedragen(long gemeenteId, long besluitId, long besluitpuntId,
        String besluitIdentificatie, long collegelidId, String scope, LocalDate ingangsdatum, LocalDate einddatum)
        implements EffectOpgedragen {
}
