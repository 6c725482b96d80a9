package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/**
 * The college adopts the Samenwerkingsafspraken from the ingangsdatum. Nobody listens yet: the afspraken module
 * (issue 4) adds the listener and, in this record, the version it adopts.
 */
public record AfsprakenVaststellenOpgedragen(long gemeenteId, long besluitId, long besluitpuntId,
        String besluitIdentificatie, LocalDate ingangsdatum) implements EffectOpgedragen {
}
