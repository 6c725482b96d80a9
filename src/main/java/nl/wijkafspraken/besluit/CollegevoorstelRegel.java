package nl.wijkafspraken.besluit;

import java.time.LocalDateTime;

/** A row of the list of collegevoorstellen; the time of the last change in the gemeente's time zone. */
public record CollegevoorstelRegel(long id, String zaaknummer, String onderwerp, VoorstelStatus status,
        Uitkomst uitkomst, String portefeuillehouder, LocalDateTime gewijzigdOp) {
}
