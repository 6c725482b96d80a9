package nl.wijkafspraken.hulp;

import static nl.wijkafspraken.gedeeld.Rol.AMBTENAAR;
import static nl.wijkafspraken.gedeeld.Rol.BEHEERDER;
import static nl.wijkafspraken.gedeeld.Rol.BESTUURDER;
import static nl.wijkafspraken.gedeeld.Rol.BESTUURSLID;
import static nl.wijkafspraken.gedeeld.Rol.SECRETARIS;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.gedeeld.Rol;

/**
 * The chapters of the user guide, in the order of the index: for whom each is written, whether it is readable without
 * login, and the pages (Spring path patterns) whose Help link opens it. The text is {@code gids/<naam>.md}.
 * <p>
 * Every chapter for the board member is public: a board member signs through the link in an e-mail, without an
 * account, and must be able to read how before signing.
 */
public enum Hoofdstuk {

    AAN_DE_SLAG("aan-de-slag", EnumSet.of(AMBTENAAR, SECRETARIS, BESTUURDER, BEHEERDER), false,
            "/", "/account/**", "/beveiliging/**", "/tweede-factor/**"),
    WIJKOVERLEG_REGISTREREN("wijkoverleg-registreren", EnumSet.of(AMBTENAAR), false,
            "/wijkoverleggen", "/wijkoverleggen/nieuw", "/wijken/**"),
    BESTUUR_BIJWERKEN("bestuur-bijwerken", EnumSet.of(AMBTENAAR, BESTUURSLID), true,
            "/wijkoverleggen/**"),
    COLLEGEVOORSTEL_SCHRIJVEN("collegevoorstel-schrijven", EnumSet.of(AMBTENAAR), false,
            "/collegevoorstellen/**"),
    ONDERTEKENRONDE_STARTEN("ondertekenronde-starten", EnumSet.of(AMBTENAAR), false,
            "/ondertekening", "/ondertekening/nieuw", "/ondertekening/rondes/*", "/ondertekening/rondes/*/intrekken"),
    VERGADERING_VASTLEGGEN("vergadering-vastleggen", EnumSet.of(SECRETARIS), false,
            "/vergaderingen/**"),
    BESLUITEN_PUBLICEREN("besluiten-publiceren", EnumSet.of(SECRETARIS), false,
            "/besluiten/**"),
    ONDERTEKENEN_ALS_WETHOUDER("ondertekenen-als-wethouder", EnumSet.of(BESTUURDER), false,
            "/ondertekening/rondes/*/ondertekenen"),
    ONDERTEKENEN_ALS_BESTUURSLID("ondertekenen-als-bestuurslid", EnumSet.of(BESTUURSLID), true,
            "/ondertekenen/**"),
    AFSPRAKEN_LEZEN("afspraken-lezen", EnumSet.of(BESTUURSLID), true,
            "/afspraken/**", "/openbaar/**"),
    GEBRUIKERS_BEHEREN("gebruikers-beheren", EnumSet.of(BEHEERDER), false,
            "/beheer/**", "/rolverzoeken");

    private final String naam;
    private final Set<Rol> rollen;
    private final boolean openbaar;
    private final List<String> paginas;

    Hoofdstuk(String naam, Set<Rol> rollen, boolean openbaar, String... paginas) {
        this.naam = naam;
        this.rollen = Set.copyOf(rollen);
        this.openbaar = openbaar;
        this.paginas = List.of(paginas);
    }

    /** The last part of its address, {@code /hulp/<naam>}, and the name of its text file. */
    public String naam() {
        return naam;
    }

    public Set<Rol> rollen() {
        return rollen;
    }

    public boolean openbaar() {
        return openbaar;
    }

    List<String> paginas() {
        return paginas;
    }
}
