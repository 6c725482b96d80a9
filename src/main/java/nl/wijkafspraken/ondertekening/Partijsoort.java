package nl.wijkafspraken.ondertekening;

/** A party in a round: a wijkoverleg (its bestuur signs through mailed links) or the gemeente (a wethouder logs in). */
public enum Partijsoort {
    WIJKOVERLEG,
    GEMEENTE
}
