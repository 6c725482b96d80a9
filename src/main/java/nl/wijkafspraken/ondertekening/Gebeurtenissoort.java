package nl.wijkafspraken.ondertekening;

/**
 * What happened in a signing round, for the evidence page of the sealed PDF; each has its Dutch text under
 * {@code ondertekening.gebeurtenis.<NAAM>} in messages.properties.
 */
enum Gebeurtenissoort {
    UITGENODIGD,
    /** A new invitation replacing an earlier one (resend, or after the address changed). */
    OPNIEUW_UITGENODIGD,
    /** A reminder with a new link for the same invitation. */
    HERINNERD,
    /** The signing page was loaded with a valid link; at most once a minute per invitation. */
    GEOPEND,
    CODE_VERSTUURD,
    CODE_AANVAARD,
    ONDERTEKEND,
    GEWEIGERD,
    /** The invitation died because the address it was sent to changed in the register. */
    VERVALLEN,
    /** The invitation died because the round was withdrawn. */
    INGETROKKEN
}
