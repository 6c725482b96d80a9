package nl.wijkafspraken.tweedefactor;

/** The wethouder's second factor as the signing page shows it: what he can confirm with, and a fresh confirmation. */
public record Ondertekenfactor(boolean passkey, boolean totp, Bevestiging bevestiging, boolean demoAccount) {

    public boolean heeftFactor() {
        return passkey || totp;
    }
}
