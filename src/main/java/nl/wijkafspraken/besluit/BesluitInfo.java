package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/** A besluit as other modules see it, e.g. the mandaat module to name the besluit that granted a mandate. */
public record BesluitInfo(long id, long gemeenteId, String identificatie, LocalDate datum, LocalDate ingangsdatum,
        LocalDate vervaldatum, Vervalreden vervalreden, LocalDate publicatiedatum, String bestuursorgaan,
        long collegevoorstelId) {

    static BesluitInfo van(Besluit b) {
        return new BesluitInfo(b.getId(), b.getGemeenteId(), b.getIdentificatie(), b.getDatum(), b.getIngangsdatum(),
                b.getVervaldatum(), b.getVervalreden(), b.getPublicatiedatum(), b.getBestuursorgaan(),
                b.getCollegevoorstelId());
    }
}
