package nl.wijkafspraken.gedeeld;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch word forms in a full-text search. PostgreSQL's 'dutch' configuration (Snowball) stems "wijkoverleggen" to
 * {@code wijkoverlegg} but "wijkoverleg" to {@code wijkoverleg}: it undoubles only k, d and t after taking off a
 * plural or verb ending, so a plural with a doubled consonant (overleg → overleggen, bus → bussen, kap → kappen)
 * would not find its singular, and the other way round. This class widens each word of the query to both forms:
 * {@code 'wijkoverlegg'} becomes {@code ('wijkoverlegg' | 'wijkoverleg')}, and {@code 'wijkoverleg'} becomes
 * {@code ('wijkoverleg' | 'wijkoverlegg')}. The texts are indexed with the plain 'dutch' configuration, and
 * {@code ts_headline} with the widened query marks both forms.
 *
 * <p>Use: {@code select websearch_to_tsquery('dutch', ?)::text} with the user's question ({@link #SQL}), widen the
 * result with {@link #metWoordvormen}, and use it in SQL as {@code cast(:vraag as tsquery)}. The question itself
 * never reaches SQL as query syntax: websearch_to_tsquery accepts any text.
 */
public final class Zoekvraag {

    /** The user's question as PostgreSQL's query text (stemmed, stop words dropped), for {@link #metWoordvormen}. */
    public static final String SQL = "select websearch_to_tsquery('dutch', ?)::text";

    /** A quoted lexeme in the text form of a tsquery: quotes doubled, backslashes escaped. */
    private static final Pattern LEXEEM = Pattern.compile("'((?:[^'\\\\]|''|\\\\.)*)'");
    /** Consonants that Dutch doubles after a short vowel before an ending (-en, -e, -er). */
    private static final Set<Character> VERDUBBELBAAR = Set.of('b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r',
            's', 't');
    private static final Set<Character> KLINKERS = Set.of('a', 'e', 'i', 'o', 'u', 'y');

    private Zoekvraag() {
    }

    /** The query text with each lexeme widened to its other form where Dutch doubles a consonant. */
    public static String metWoordvormen(String tsquery) {
        if (tsquery == null) {
            return "";
        }
        return LEXEEM.matcher(tsquery).replaceAll(m -> {
            var lexeem = m.group(1).replace("''", "'").replaceAll("\\\\(.)", "$1");
            var ander = andereVorm(lexeem);
            return Matcher.quoteReplacement(ander == null ? citeer(lexeem)
                    : "(" + citeer(lexeem) + " | " + citeer(ander) + ")");
        });
    }

    /**
     * The other form of a stem: without the doubled last consonant ({@code overlegg} → {@code overleg}), or with it
     * when the stem ends in one consonant after one vowel ({@code overleg} → {@code overlegg}); else null.
     */
    static String andereVorm(String stam) {
        var n = stam.length();
        if (n < 3) {
            return null;
        }
        char laatste = stam.charAt(n - 1);
        char voorlaatste = stam.charAt(n - 2);
        if (!VERDUBBELBAAR.contains(laatste)) {
            return null;
        }
        if (voorlaatste == laatste) {
            return stam.substring(0, n - 1);
        }
        if (KLINKERS.contains(voorlaatste) && !KLINKERS.contains(stam.charAt(n - 3))) {
            return stam + laatste;
        }
        return null;
    }

    private static String citeer(String lexeem) {
        return "'" + lexeem.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
