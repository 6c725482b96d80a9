package nl.wijkafspraken.gemeente;

/** A gemeente as other modules see it. */
public record GemeenteInfo(long id, String code, String naam) {

    static GemeenteInfo van(Gemeente gemeente) {
        return new GemeenteInfo(gemeente.getId(), gemeente.getCode(), gemeente.getNaam());
    }
}
