package nl.wijkafspraken.zegel;

/**
 * The TSA did not give a valid timestamp. Sealing stops: with a TSA configured, a seal without trusted time would
 * stay weaker evidence for good (the register is append-only), so the caller tries again later instead.
 */
public class TijdstempelMisluktException extends RuntimeException {

    public TijdstempelMisluktException(String message) {
        super(message);
    }

    public TijdstempelMisluktException(String message, Throwable oorzaak) {
        super(message, oorzaak);
    }
}
