package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.Map;
import nl.wijkafspraken.wijkoverleg.WijkoverlegInfo;

/**
 * A party as the screens show it: the wijkoverleg from the register, since when it takes part, whether it has left
 * (opgeheven, with the date the register gives), and its signature: the version it signed last, and whether that
 * is the vastgestelde version.
 */
public record Partij(long wijkoverlegId, String naam, LocalDate toegetredenOp, boolean uitgetreden,
        LocalDate uitgetredenOp, Integer ondertekendeVersie, LocalDate ondertekendOp,
        boolean geldendeVersieOndertekend) {

    static Partij van(Afspraken afspraken, Deelname deelname, Map<Long, WijkoverlegInfo> register) {
        var info = register.get(deelname.getWijkoverlegId());
        var geldende = afspraken.geldendeVersie();
        var laatste = deelname.laatsteOndertekening();
        return new Partij(deelname.getWijkoverlegId(), info == null ? "" : info.naam(), deelname.getToegetredenOp(),
                info != null && info.isOpgeheven(), info == null ? null : info.opheffingsdatum(),
                laatste.flatMap(o -> afspraken.versieMetId(o.versieId())).map(Versie::getNummer).orElse(null),
                laatste.map(Ondertekening::ondertekendOp).orElse(null),
                geldende.isPresent() && deelname.heeftOndertekend(geldende.get()));
    }

    /** A current party that still has to sign the vastgestelde version. */
    public boolean moetNogOndertekenen() {
        return !uitgetreden && !geldendeVersieOndertekend;
    }
}
