package nl.wijkafspraken.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 5.0, chapter 6.2, and NIST SP 800-63B): at least 12 and at most 128
 * characters, any characters, no composition rules (they push people to {@code Wachtwoord1!}); not one of the most
 * common passwords, and not the user's own name, user name or e-mail address. Length counts Unicode characters
 * (code points), so an emoji or an accented letter is one character.
 */
@Component
class Wachtwoordbeleid {

    static final int MIN = 12;
    static final int MAX = 128;
    /** The list shipped with the app; where it comes from is in its header and in the README. */
    private static final String LIJST = "veelgebruikte-wachtwoorden.txt";
    /** A piece repeated to fill the length ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}) is as weak as the piece. */
    private static final int KORT_HERHAALD = 4;
    /** Personal words shorter than this (e.g. a two-letter name) would refuse too many good passwords. */
    private static final int MIN_PERSOONLIJK = 4;

    private final Set<String> veelgebruikt;

    Wachtwoordbeleid() {
        this.veelgebruikt = lees(LIJST);
    }

    /**
     * Refuses a password that breaks the policy, with the message next to {@code veld}. {@code persoonlijk} are
     * the user name, name and e-mail address of the account (null where unknown).
     */
    void controleer(String wachtwoord, String veld, String... persoonlijk) {
        if (wachtwoord == null) {
            throw DomeinregelException.voorVeld(veld, "account.wachtwoord.lengte");
        }
        int lengte = wachtwoord.codePointCount(0, wachtwoord.length());
        if (lengte < MIN || lengte > MAX) {
            throw DomeinregelException.voorVeld(veld, "account.wachtwoord.lengte");
        }
        var vergelijk = wachtwoord.toLowerCase(Locale.ROOT);
        if (isVeelgebruikt(vergelijk)) {
            throw DomeinregelException.voorVeld(veld, "account.wachtwoord.veelgebruikt");
        }
        for (var woord : persoonlijk) {
            if (bevat(vergelijk, woord)) {
                throw DomeinregelException.voorVeld(veld, "account.wachtwoord.persoonlijk");
            }
        }
    }

    /**
     * On the list as it is, or as a listed password with digits or signs added at the end ({@code wachtwoord123},
     * {@code password2026!}: the first thing a guesser tries), or a short or listed piece repeated.
     */
    private boolean isVeelgebruikt(String wachtwoord) {
        if (veelgebruikt.contains(wachtwoord)) {
            return true;
        }
        var zonderStaart = wachtwoord.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        if (!zonderStaart.isEmpty() && veelgebruikt.contains(zonderStaart)) {
            return true;
        }
        var stuk = herhaaldStuk(wachtwoord);
        return stuk.length() <= KORT_HERHAALD || veelgebruikt.contains(stuk);
    }

    /** The shortest piece that the password is a repetition of, or the password itself. */
    private static String herhaaldStuk(String wachtwoord) {
        int n = wachtwoord.length();
        for (int stuk = 1; stuk <= n / 2; stuk++) {
            if (n % stuk == 0 && wachtwoord.substring(0, stuk).repeat(n / stuk).equals(wachtwoord)) {
                return wachtwoord.substring(0, stuk);
            }
        }
        return wachtwoord;
    }

    /** Whether the password holds the personal word, or the part of an e-mail address before the @. */
    private static boolean bevat(String wachtwoord, String woord) {
        if (woord == null) {
            return false;
        }
        var schoon = woord.strip().toLowerCase(Locale.ROOT);
        var lokaal = schoon.contains("@") ? schoon.substring(0, schoon.indexOf('@')) : schoon;
        return (schoon.length() >= MIN_PERSOONLIJK && wachtwoord.contains(schoon))
                || (lokaal.length() >= MIN_PERSOONLIJK && wachtwoord.contains(lokaal))
                || (schoon.contains(" ") && wachtwoord.contains(schoon.replace(" ", "")));
    }

    /** Reads the list once at start-up; lines that start with "# " explain where it comes from. */
    private static Set<String> lees(String bron) {
        var woorden = new HashSet<String>(64_000);
        try (var lezer = new BufferedReader(new InputStreamReader(new ClassPathResource(bron).getInputStream(),
                StandardCharsets.UTF_8))) {
            lezer.lines().filter(regel -> !regel.startsWith("# ") && !regel.isEmpty())
                    .forEach(regel -> woorden.add(regel.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + bron + " niet lezen", e);
        }
        return Set.copyOf(woorden);
    }

    int aantalVeelgebruikt() {
        return veelgebruikt.size();
    }
}
