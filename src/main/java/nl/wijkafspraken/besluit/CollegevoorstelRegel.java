package nl.wijkafspraken.besluit;

import java.time.Instant;

/** A row of the list of collegevoorstellen. */
public record CollegevoorstelRegel(long id, String zaaknummer, String onderwerp, VoorstelStatus status,
        Uitkomst uitkomst, String portefeuillehouder, Instant gewijzigdOp) {
}
