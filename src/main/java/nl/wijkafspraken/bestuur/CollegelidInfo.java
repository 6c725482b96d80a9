package nl.wijkafspraken.bestuur;

import java.time.LocalDate;
import java.util.List;

/** A college member as other modules and screens see it; {@code accountId} is its confirmed link, or null. */
public record CollegelidInfo(long id, long gemeenteId, String naam, CollegeRol rol, List<String> portefeuilles,
        LocalDate periodeVan, LocalDate periodeTot, Long accountId, long versie) {

    public CollegelidInfo {
        portefeuilles = List.copyOf(portefeuilles);
    }

    static CollegelidInfo van(Collegelid lid) {
        return new CollegelidInfo(lid.getId(), lid.getGemeenteId(), lid.getNaam(), lid.getRol(),
                lid.getPortefeuilles(), lid.getPeriodeVan(), lid.getPeriodeTot(), lid.getAccountId(),
                lid.getVersie());
    }

    /** As written inside a sentence of a collegevoorstel: "mandaat aan wethouder Jan de Boer". */
    public String aanduiding() {
        return rol.aanduiding() + " " + naam;
    }

    /** As shown on its own, as a label or a value in a table: "Wethouder Jan de Boer". */
    public String titel() {
        return rol.titel() + " " + naam;
    }

    public boolean zitOp(LocalDate datum) {
        return !periodeVan.isAfter(datum) && (periodeTot == null || !periodeTot.isBefore(datum));
    }
}
