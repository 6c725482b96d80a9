package nl.wijkafspraken.wijkoverleg;

/** Search on the register; every part is optional. */
public record WijkoverlegZoekopdracht(String naam, Long wijkId, WijkoverlegStatus status) {
}
