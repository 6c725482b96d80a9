package nl.wijkafspraken.ondertekening;

/** Lopend while parties still sign; voltooid when every party signed; ingetrokken by a civil servant, with a reason. */
public enum Rondestatus {
    LOPEND,
    VOLTOOID,
    INGETROKKEN
}
