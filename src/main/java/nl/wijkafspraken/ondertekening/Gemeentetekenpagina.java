package nl.wijkafspraken.ondertekening;

/**
 * The page on which a wethouder signs for the gemeente: the round, the text with its hash, and whether they may
 * sign today; when not, {@code weigering} is the message key of the reason (with {@code scope} and {@code datum}
 * as its arguments, the date written out in Dutch).
 */
public record Gemeentetekenpagina(long rondeId, String gemeente, Tekenpagina.Document document, String naam,
        String functie, String mandaat, String weigering, String scope, String datum) {

    public boolean magTekenen() {
        return weigering == null;
    }
}
