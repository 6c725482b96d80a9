package nl.wijkafspraken.tweedefactor;

/** How the wethouder confirmed at the moment of signing; GEEN_DEMO only for a demo account in the demo. */
public enum Bevestigingsmethode {
    PASSKEY, TOTP, GEEN_DEMO
}
