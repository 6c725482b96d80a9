package nl.wijkafspraken.besluit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published besluit as the Woo sitemap lists it (Woo: Openbaarheid ja and its publicatiedatum has come).
 *
 * @param besloten    when the outcome was recorded (the voorstel's last change: it never changes after)
 * @param gewijzigdOp when the public document last changed: its decision, or its publicatiedatum when that is later
 *                    (from then on it is public)
 */
public record Besluitpublicatie(long id, String identificatie, String onderwerp, String zaaknummer, LocalDate datum,
        LocalDate publicatiedatum, Instant besloten, Instant gewijzigdOp) {
}
