package nl.wijkafspraken.gemeente;

/**
 * A gemeente as other modules see it.
 *
 * @param cbsCode the CBS gemeentecode (four digits, e.g. 0358), or null when not yet known
 */
public record GemeenteInfo(long id, String code, String naam, String cbsCode) {

    static GemeenteInfo van(Gemeente gemeente) {
        return new GemeenteInfo(gemeente.getId(), gemeente.getCode(), gemeente.getNaam(), gemeente.getCbsCode());
    }
}
