package nl.wijkafspraken.besluit;

import java.time.LocalDate;
import java.util.List;

/**
 * The college withdraws these 2007 convenanten wijkbeheer as of the intrekkingsdatum, all in one go. Carried out by
 * the convenant module.
 */
public record ConvenantenIntrekkenOpgedragen(long gemeenteId, long besluitId, long besluitpuntId,
        String besluitIdentificatie, LocalDate intrekkingsdatum, List<Long> convenantIds)
        implements EffectOpgedragen {

    public ConvenantenIntrekkenOpgedragen {
        convenantIds = List.copyOf(convenantIds);
    }
}
