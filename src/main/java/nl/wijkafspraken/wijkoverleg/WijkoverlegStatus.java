package nl.wijkafspraken.wijkoverleg;

import java.util.List;

public enum WijkoverlegStatus {
    IN_OPRICHTING,
    ACTIEF,
    /** Final: a wijkoverleg that starts again is registered anew. */
    OPGEHEVEN;

    /** The statuses a new registration may have: a wijkoverleg is opgeheven by a change, with date and reason. */
    public static final List<WijkoverlegStatus> BIJ_REGISTRATIE = List.of(IN_OPRICHTING, ACTIEF);
}
