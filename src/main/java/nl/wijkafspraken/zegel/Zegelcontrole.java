package nl.wijkafspraken.zegel;

/**
 * The outcome of checking a PDF for our seal.
 *
 * @param uitkomst      what was found
 * @param sha256        the SHA-256 of the PDF as given, in lower-case hex
 * @param ondertekenaar the subject of the certificate in the seal, or null when there is no readable seal
 * @param tijdstempel   the seal's trusted time, for a seal that holds; otherwise {@link Tijdstempel#GEEN}
 * @param revisieSha256 when something follows the sealed revision (long-term validation data, or an addition): the
 *                      SHA-256 of the sealed revision alone (the file up to the end of what the seal covers), which
 *                      the register keeps next to the whole file's; else null
 */
public record Zegelcontrole(Uitkomst uitkomst, String sha256, String ondertekenaar, Tijdstempel tijdstempel,
        String revisieSha256) {

    public enum Uitkomst {
        /**
         * Sealed with one of our certificates, and not one signed byte changed since; nothing appended either, except
         * long-term validation data (a Document Security Store) that changes nothing a reader sees.
         */
        GELDIG,
        /**
         * The sealed revision is intact, byte for byte, but something was appended after it: an incremental update,
         * such as a comment or a form field a PDF reader added. What was added is not covered by the seal.
         */
        GELDIG_MET_TOEVOEGING,
        /** A seal, but the document was changed or rewritten after sealing, or the seal itself is damaged. */
        GEWIJZIGD,
        /** A signature, but not made with one of our certificates. */
        ANDER_CERTIFICAAT,
        /** A PDF without a signature. */
        GEEN_ZEGEL,
        /** Not a PDF at all. */
        GEEN_PDF
    }

    public Zegelcontrole {
        tijdstempel = tijdstempel == null ? Tijdstempel.GEEN : tijdstempel;
    }

    Zegelcontrole(Uitkomst uitkomst, String sha256, String ondertekenaar) {
        this(uitkomst, sha256, ondertekenaar, Tijdstempel.GEEN, null);
    }

    /** Only an untouched file: a seal whose revision has an addition is not "geldig" for the whole file. */
    public boolean geldig() {
        return uitkomst == Uitkomst.GELDIG;
    }
}
