package nl.wijkafspraken.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authenticator app of the tests: remembers the TOTP secret each test account enrolled (through the real
 * pages), and gives a code that the app has not accepted yet. The app refuses a code of a time step it has seen
 * (replay), so a second login in the same 30 seconds gets the next step's code, which the app accepts (one step of
 * slack), and a third waits for the next step. Used by the login helpers for accounts that must have a second
 * factor (BEHEERDER, SECRETARIS, BESTUURDER), so that tests about other things log in as before.
 */
public final class TweedeStap {

    private static final Map<String, String> GEHEIMEN = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAATSTE_STAP = new ConcurrentHashMap<>();

    private TweedeStap() {
    }

    public static void onthoud(String gebruikersnaam, String geheim) {
        GEHEIMEN.put(gebruikersnaam.toLowerCase(), geheim.replace(" ", ""));
        LAATSTE_STAP.remove(gebruikersnaam.toLowerCase());
    }

    public static boolean kent(String gebruikersnaam) {
        return GEHEIMEN.containsKey(gebruikersnaam.toLowerCase());
    }

    /** A fresh code for the account's secret, never one of a time step handed out before. */
    public static synchronized String code(String gebruikersnaam) {
        var naam = gebruikersnaam.toLowerCase();
        var geheim = GEHEIMEN.get(naam);
        if (geheim == null) {
            throw new IllegalStateException("Geen TOTP-sleutel bekend voor " + gebruikersnaam);
        }
        long nu = stap(Instant.now());
        Long laatste = LAATSTE_STAP.get(naam);
        long stap = laatste == null || laatste < nu ? nu : laatste + 1;
        while (stap > stap(Instant.now()) + 1) {
            slaap();
        }
        LAATSTE_STAP.put(naam, stap);
        return code(geheim, stap);
    }

    /** The code of a secret at a moment, as any authenticator app computes it (RFC 6238: SHA-1, 6 digits, 30 s). */
    public static String code(String geheim, Instant moment) {
        return code(geheim.replace(" ", ""), stap(moment));
    }

    private static String code(String geheim, long stap) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(geheim, stap);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long stap(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), 30);
    }

    private static void slaap() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
