package nl.wijkafspraken.wijkoverleg;

public enum Functie {
    VOORZITTER,
    SECRETARIS,
    PENNINGMEESTER,
    LID
}
