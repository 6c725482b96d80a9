package nl.wijkafspraken.gedeeld;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A flash message after a redirect: a key in messages.properties with its arguments. The layout shows it once.
 * Flash attributes travel in the session, which is stored in PostgreSQL (serialised), so an argument that is not
 * {@link Serializable} is kept as its text.
 */
public record Melding(Soort soort, String code, Object... argumenten) implements Serializable {

    public enum Soort { SUCCES, FOUT }

    public Melding {
        argumenten = argumenten == null ? new Object[0] : Arrays.stream(argumenten)
                .map(argument -> argument == null || argument instanceof Serializable ? argument
                        : String.valueOf(argument))
                .toArray();
    }

    public static Melding succes(String code, Object... argumenten) {
        return new Melding(Soort.SUCCES, code, argumenten);
    }

    public static Melding fout(String code, Object... argumenten) {
        return new Melding(Soort.FOUT, code, argumenten);
    }

    /**
     * Carries out a one-click action (a button without a form to show errors in): the success message with the
     * action's result as its argument, or the domain's refusal as an error message.
     */
    public static Melding uitkomst(String succescode, Supplier<?> handeling) {
        try {
            return succes(succescode, handeling.get());
        } catch (DomeinregelException fout) {
            return fout(fout.getBerichtcode(), fout.getArgumenten());
        }
    }
}
