package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/**
 * The college adopts this concept version of the Samenwerkingsafspraken from the ingangsdatum. Carried out by the
 * afspraken module.
 */
public record AfsprakenVaststellenOpgedragen(long gemeenteId, long besluitId, long besluitpuntId,
        String besluitIdentificatie, LocalDate ingangsdatum, long versieId) implements EffectOpgedragen {
}
