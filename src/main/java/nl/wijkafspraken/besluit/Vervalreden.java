package nl.wijkafspraken.besluit;

/** Why a besluit stopped applying, with the value the ZGW Besluiten API uses. */
public enum Vervalreden {
    TIJDELIJK("tijdelijk"),
    INGETROKKEN_OVERHEID("ingetrokken_overheid"),
    INGETROKKEN_BELANGHEBBENDE("ingetrokken_belanghebbende");

    private final String zgwWaarde;

    Vervalreden(String zgwWaarde) {
        this.zgwWaarde = zgwWaarde;
    }

    public String zgwWaarde() {
        return zgwWaarde;
    }
}
