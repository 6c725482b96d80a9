package nl.wijkafspraken.gemeente;

/** A wijk as other modules see it. */
public record WijkInfo(long id, String naam, long versie) {

    static WijkInfo van(Wijk wijk) {
        return new WijkInfo(wijk.getId(), wijk.getNaam(), wijk.getVersie());
    }
}
