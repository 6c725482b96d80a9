package nl.wijkafspraken.afspraken;

import java.time.LocalDate;
import java.util.List;

/**
 * A wijkoverleg that is party to the afspraken, as the public register shows it: since when, whether it has left
 * (opgeheven), and which versions it signed on which date. The kenmerk of a signature (a reference into the signing
 * evidence) is not public.
 *
 * @param ondertekeningen each signature, newest version first
 */
public record OpenbarePartij(long wijkoverlegId, String naam, LocalDate toegetredenOp, boolean uitgetreden,
        LocalDate uitgetredenOp, List<Ondertekend> ondertekeningen, boolean geldendeVersieOndertekend) {

    /** That the party signed version {@code versie} on {@code ondertekendOp}. */
    public record Ondertekend(int versie, LocalDate ondertekendOp) {
    }

    public OpenbarePartij {
        ondertekeningen = List.copyOf(ondertekeningen);
    }
}
