package nl.wijkafspraken.tweedefactor;

/** Where a logged-in user stands with the second factor. */
public enum Stand {
    /** Not logged in, or no login of ours (no factor at all): the gate has nothing to say. */
    GEEN_LOGIN,
    /** Only a second factor (a passkey without the password): the first factor is still due. */
    EERSTE_FACTOR_NODIG,
    /** The account has a second factor that this session has not passed yet. */
    CONTROLE_NODIG,
    /** The account must enrol a second factor before anything else (BEHEERDER, SECRETARIS, BESTUURDER). */
    INSTELLEN_NODIG,
    VOLDAAN
}
