package nl.wijkafspraken.bestuur;

/** Search in the college of the active gemeente: (part of) a name or portefeuille; optionally only sitting members. */
public record CollegeZoekopdracht(String tekst, boolean alleenZittend) {
}
