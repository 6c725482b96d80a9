package nl.wijkafspraken.bestuur;

import java.time.Instant;

/**
 * An open proposal as the college page shows it: the member, the account now and after confirmation (null: none),
 * who proposed it and when, and what the logged-in user may do with it ({@code waaromNiet}: the message key that
 * says why they may not confirm, or null).
 */
public record KoppelingRegel(long id, long collegelidId, String collegelid, String huidigAccount,
        String nieuwAccount, String voorgesteldDoor, Instant voorgesteldOp, boolean magBevestigen,
        boolean magAfwijzen, String waaromNiet) {
}
