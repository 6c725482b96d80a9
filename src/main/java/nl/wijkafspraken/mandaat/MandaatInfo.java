package nl.wijkafspraken.mandaat;

import java.time.LocalDate;

/**
 * A mandaat as other modules and screens see it: who, what scope, which period, withdrawn or not, and the besluit
 * and besluitpunt that granted it. {@code status} is the state on the day it was asked for.
 */
public record MandaatInfo(long id, long gemeenteId, long collegelidId, String gemandateerde, String scope,
        LocalDate ingangsdatum, LocalDate einddatum, LocalDate ingetrokkenPer, String intrekkingsreden,
        long besluitId, long besluitpuntId, String besluitIdentificatie, MandaatStatus status, long versie) {

    static MandaatInfo van(Mandaat m, String gemandateerde, LocalDate op) {
        return new MandaatInfo(m.getId(), m.getGemeenteId(), m.getCollegelidId(), gemandateerde, m.getScope(),
                m.getIngangsdatum(), m.getEinddatum(), m.getIngetrokkenPer(), m.getIntrekkingsreden(),
                m.getBesluitId(), m.getBesluitpuntId(), m.getBesluitIdentificatie(), m.statusOp(op), m.getVersie());
    }

    public boolean isIngetrokken() {
        return ingetrokkenPer != null;
    }
}
