package nl.wijkafspraken.wijkoverleg;

/** A requested change of the bestuur waits (open) until the gemeente approves or rejects it. */
public enum Bestuurswijzigingstatus {
    OPEN,
    GOEDGEKEURD,
    AFGEWEZEN
}
