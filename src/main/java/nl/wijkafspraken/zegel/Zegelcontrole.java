package nl.wijkafspraken.zegel;

/**
 * The outcome of checking a PDF for our seal.
 *
 * @param uitkomst     what was found
 * @param sha256       the SHA-256 of the PDF as given, in lower-case hex
 * @param ondertekenaar the subject of the certificate in the seal, or null when there is no readable seal
 */
public record Zegelcontrole(Uitkomst uitkomst, String sha256, String ondertekenaar) {

    public enum Uitkomst {
        /** Sealed with one of our certificates, and not one signed byte changed since; nothing appended either. */
        GELDIG,
        /** A seal, but the document was changed or extended after sealing, or the seal itself is damaged. */
        GEWIJZIGD,
        /** A signature, but not made with one of our certificates. */
        ANDER_CERTIFICAAT,
        /** A PDF without a signature. */
        GEEN_ZEGEL,
        /** Not a PDF at all. */
        GEEN_PDF
    }

    public boolean geldig() {
        return uitkomst == Uitkomst.GELDIG;
    }
}
