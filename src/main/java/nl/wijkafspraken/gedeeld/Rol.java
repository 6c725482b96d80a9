package nl.wijkafspraken.gedeeld;

/** A role is always granted for one gemeente; BESTUURSLID also for one wijkoverleg. */
public enum Rol {
    BEHEERDER,
    AMBTENAAR,
    SECRETARIS,
    BESTUURDER,
    BESTUURSLID
}
