package nl.wijkafspraken.besluit;

import java.time.LocalDate;

/**
 * The ZGW dates the secretary gives a besluit: when it takes effect, when it was published (Woo; only for an openbaar
 * voorstel), and when and why it stops applying.
 */
public record BesluitGegevens(LocalDate ingangsdatum, LocalDate publicatiedatum, LocalDate vervaldatum,
        Vervalreden vervalreden) {
}
