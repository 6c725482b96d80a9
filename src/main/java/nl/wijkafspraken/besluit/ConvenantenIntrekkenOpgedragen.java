package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/**
 * The college withdraws the 2007 convenanten wijkbeheer as of the intrekkingsdatum. Nobody listens yet: the
 * convenant module (issue 4) adds the listener and, in this record, the convenanten it withdraws.
 */
public record ConvenantenIntrekkenOpgedragen(long gemeenteId, long besluitId, long besluitpuntId,
        String besluitIdentificatie, LocalDate intrekkingsdatum) implements EffectOpgedragen {
}
