package nl.wijkafspraken.gedeeld;

/**
 * Everything a logged-in user may or may not do, grouped by the module that owns it. Which role may do what is
 * decided in one place, {@link Rechtenmatrix}; the Dutch description of each action is the message
 * {@code actie.<NAAM>} (also the text of the matrix in {@code src/docs/rechten.md}).
 */
public enum Actie {

    WIJKOVERLEGGEN_LEZEN("wijkoverleg"),
    WIJKOVERLEGGEN_BEHEREN("wijkoverleg"),
    BESTUUR_BIJWERKEN("wijkoverleg"),
    BESTUURSWIJZIGINGEN_BEOORDELEN("wijkoverleg"),
    WIJKEN_LEZEN("wijkoverleg"),
    WIJKEN_BEHEREN("wijkoverleg"),

    AFSPRAKEN_LEZEN("afspraken"),
    AFSPRAKEN_VOLGEN("afspraken"),
    AFSPRAKEN_BEHEREN("afspraken"),

    CONVENANTEN_LEZEN("convenant"),
    CONVENANTEN_BEHEREN("convenant"),

    BESLUITVORMING_LEZEN("besluit"),
    COLLEGEVOORSTELLEN_SCHRIJVEN("besluit"),
    VERGADERINGEN_BEHEREN("besluit"),
    EFFECTEN_OPNIEUW_OPDRAGEN("besluit"),
    BESLUITEN_PUBLICEREN("besluit"),
    BESLUITVORMING_EXPORTEREN("besluit"),

    COLLEGE_LEZEN("bestuur"),
    COLLEGE_BEHEREN("bestuur"),
    KOPPELING_VOORSTELLEN("bestuur"),
    KOPPELING_AFHANDELEN("bestuur"),

    MANDATEN_LEZEN("mandaat"),
    MANDATEN_INTREKKEN("mandaat"),

    RONDES_LEZEN("ondertekening"),
    RONDES_BEHEREN("ondertekening"),
    NAMENS_GEMEENTE_TEKENEN("ondertekening"),

    ACCOUNTS_BEHEREN("account"),
    ROLVERZOEKEN_AFHANDELEN("account"),

    AUDITTRAIL_LEZEN("audit"),
    HASHKETENS_CONTROLEREN("audit"),

    POST_LEZEN("post");

    private final String module;

    Actie(String module) {
        this.module = module;
    }

    /** The Spring Modulith module that owns the action and enforces it. */
    public String module() {
        return module;
    }

    /** The key of the Dutch description in messages.properties. */
    public String berichtcode() {
        return "actie." + name();
    }
}
