package nl.wijkafspraken.gedeeld;

/**
 * A flash message after a redirect: a key in messages.properties with its arguments. The layout shows it once.
 */
public record Melding(Soort soort, String code, Object... argumenten) {

    public enum Soort { SUCCES, FOUT }

    public static Melding succes(String code, Object... argumenten) {
        return new Melding(Soort.SUCCES, code, argumenten);
    }

    public static Melding fout(String code, Object... argumenten) {
        return new Melding(Soort.FOUT, code, argumenten);
    }
}
