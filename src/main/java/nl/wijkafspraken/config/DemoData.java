package nl.wijkafspraken.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.gemeente.WijkInfo;
import nl.wijkafspraken.wijkoverleg.BestuurslidGegevens;
import nl.wijkafspraken.wijkoverleg.Functie;
import nl.wijkafspraken.wijkoverleg.Persoonsgegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegGegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fictional demo data for the default run: the gemeenten Aalsmeer and Amstelveen, the wijken of Aalsmeer with
 * their wijkoverleggen (Stommeer and De Dorper without one), one login per role, and the Samenwerkingsafspraken and
 * 2007 convenanten of Aalsmeer ({@link DemoAfspraken}). Only ever on the embedded
 * database, never on a configured server, and only once (skipped when Aalsmeer exists).
 */
@Component
public class DemoData {

    public static final String WACHTWOORD = "wijkafspraken-demo";
    private static final Log log = LogFactory.getLog(DemoData.class);

    private final GemeenteService gemeenten;
    private final GemeenteRegister register;
    private final WijkoverlegService wijkoverleggen;
    private final AccountService accounts;
    private final DemoBesluitvorming besluitvorming;
    private final DemoAfspraken afspraken;
    private final Environment environment;

    DemoData(GemeenteService gemeenten, GemeenteRegister register, WijkoverlegService wijkoverleggen,
            AccountService accounts, DemoBesluitvorming besluitvorming, DemoAfspraken afspraken,
            Environment environment) {
        this.gemeenten = gemeenten;
        this.register = register;
        this.wijkoverleggen = wijkoverleggen;
        this.accounts = accounts;
        this.besluitvorming = besluitvorming;
        this.afspraken = afspraken;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        var embedded = environment.getProperty(EmbeddedPostgresEnvironmentPostProcessor.ACTIEF, Boolean.class, false);
        var gewenst = environment.getProperty("wijkafspraken.demo-data", Boolean.class, false);
        if (embedded && gewenst) {
            vulAan();
            log.info("Demo-logins (wachtwoord '" + WACHTWOORD + "'): beheerder, ambtenaar, secretaris, wethouder, "
                    + "bestuurslid");
        }
    }

    /** Loads the demo data unless it is there already. */
    public void vulAan() {
        if (register.gemeenteMetCode("aalsmeer").isPresent()) {
            return;
        }
        var aalsmeer = gemeenten.registreerGemeente("aalsmeer", "Aalsmeer").id();
        var amstelveen = gemeenten.registreerGemeente("amstelveen", "Amstelveen").id();
        gemeenten.legCbsCodeVast(aalsmeer, "0358");
        gemeenten.legCbsCodeVast(amstelveen, "0362");
        var wijken = wijken(aalsmeer, "Centrum", "Hornmeer", "Oosteinde", "Nieuw-Oosteinde", "Kudelstaart",
                "Stommeer", "De Dorper");
        var wijkenAmstelveen = wijken(amstelveen, "Westwijk", "Elsrijk", "Middenhoven");

        var hornmeer = wijkoverleggen.registreer(aalsmeer, actief("Wijkoverleg Hornmeer", Set.of(wijken.get("Hornmeer")),
                "info@wijkoverleg-hornmeer.example", LocalDate.of(2009, 3, 12), 1), List.of(
                lid("Marleen Kortekaas", "m.kortekaas@wijkoverleg-hornmeer.example", "06-11110001", Functie.VOORZITTER,
                        LocalDate.of(2021, 1, 1), true),
                lid("Joost van Eerden", "j.vaneerden@wijkoverleg-hornmeer.example", null, Functie.SECRETARIS,
                        LocalDate.of(2022, 6, 1), false),
                lid("Fatma Yildiz", "f.yildiz@wijkoverleg-hornmeer.example", null, Functie.PENNINGMEESTER,
                        LocalDate.of(2023, 1, 1), false)));
        var oosteinde = wijkoverleggen.registreer(aalsmeer, actief("Wijkoverleg Oosteinde",
                Set.of(wijken.get("Oosteinde"), wijken.get("Nieuw-Oosteinde")), "contact@wijkoverleg-oosteinde.example",
                LocalDate.of(2011, 9, 1), 2), List.of(
                lid("Henk Spaargaren", "h.spaargaren@wijkoverleg-oosteinde.example", "06-22220001", Functie.VOORZITTER,
                        LocalDate.of(2019, 4, 1), true),
                lid("Ria Boomsma", "r.boomsma@wijkoverleg-oosteinde.example", null, Functie.SECRETARIS,
                        LocalDate.of(2020, 4, 1), true),
                lid("Kees Verhoef", "k.verhoef@wijkoverleg-oosteinde.example", null, Functie.LID,
                        LocalDate.of(2024, 4, 1), false)));
        var kudelstaart = wijkoverleggen.registreer(aalsmeer, actief("Wijkoverleg Kudelstaart", Set.of(wijken.get("Kudelstaart")),
                "bestuur@wijkoverleg-kudelstaart.example", LocalDate.of(2008, 5, 20), 1), List.of(
                lid("Sanne Westerveld", "s.westerveld@wijkoverleg-kudelstaart.example", null, Functie.VOORZITTER,
                        LocalDate.of(2022, 1, 1), true),
                lid("Pieter Dekkinga", "p.dekkinga@wijkoverleg-kudelstaart.example", null, Functie.PENNINGMEESTER,
                        LocalDate.of(2022, 1, 1), false)));
        var centrum = wijkoverleggen.registreer(aalsmeer, actief("Wijkoverleg Centrum", Set.of(wijken.get("Centrum")),
                "wijkoverleg-centrum@aalsmeer-wijken.example", LocalDate.of(2014, 2, 3), 1), List.of(
                lid("Noor Hoogendoorn", "n.hoogendoorn@aalsmeer-wijken.example", null, Functie.VOORZITTER,
                        LocalDate.of(2024, 9, 1), true)));
        wijkoverleggen.registreer(aalsmeer, new WijkoverlegGegevens("Buurtoverleg De Dorper",
                Set.of(wijken.get("De Dorper")), WijkoverlegStatus.OPGEHEVEN, LocalDate.of(2010, 1, 1),
                LocalDate.of(2021, 12, 31), "Geen bestuursleden meer gevonden; bewoners willen later opnieuw beginnen.",
                null, null, 1), List.of());
        wijkoverleggen.registreer(amstelveen, actief("Wijkplatform Westwijk",
                Set.of(wijkenAmstelveen.get("Westwijk")), "platform@westwijk.example", LocalDate.of(2016, 10, 1), 1),
                List.of(lid("Gerrit Molenaar", "g.molenaar@westwijk.example", null, Functie.VOORZITTER,
                        LocalDate.of(2023, 3, 1), true)));

        var beide = List.of(aalsmeer, amstelveen);
        account("beheerder", "Bram Beheer", beide, Rol.BEHEERDER, null);
        account("ambtenaar", "Anna Ambtenaar", beide, Rol.AMBTENAAR, null);
        account("secretaris", "Sem Secretaris", List.of(aalsmeer), Rol.SECRETARIS, null);
        account("wethouder", "Willemijn Wethouder", List.of(aalsmeer), Rol.BESTUURDER, null);
        account("bestuurslid", "Marleen Kortekaas", List.of(aalsmeer), Rol.BESTUURSLID, hornmeer);
        var partijen = Map.of("Hornmeer", hornmeer, "Oosteinde", oosteinde, "Kudelstaart", kudelstaart,
                "Centrum", centrum);
        var doelen = afspraken.bereidVoor(partijen);
        besluitvorming.vulAan(doelen.versieId(), doelen.convenantIds());
        afspraken.vervolg(aalsmeer, partijen, doelen);
        log.info("Demodata geladen");
    }

    private Map<String, Long> wijken(long gemeenteId, String... namen) {
        return List.of(namen).stream().map(naam -> gemeenten.registreerWijk(gemeenteId, naam))
                .collect(Collectors.toMap(WijkInfo::naam, WijkInfo::id));
    }

    private static WijkoverlegGegevens actief(String naam, Set<Long> wijken, String contact, LocalDate opgericht,
            int tekenbevoegden) {
        return new WijkoverlegGegevens(naam, wijken, WijkoverlegStatus.ACTIEF, opgericht, null, null, contact, null,
                tekenbevoegden);
    }

    private static BestuurslidGegevens lid(String naam, String email, String telefoon, Functie functie,
            LocalDate start, boolean tekenbevoegd) {
        return new BestuurslidGegevens(new Persoonsgegevens(naam, email, telefoon), functie, start, tekenbevoegd);
    }

    private void account(String gebruikersnaam, String naam, List<Long> gemeenteIds, Rol rol, Long wijkoverlegId) {
        var wijkoverleg = wijkoverlegId == null ? List.<Long>of() : List.of(wijkoverlegId);
        accounts.registreer(gebruikersnaam, naam, gebruikersnaam + "@wijkafspraken.example", WACHTWOORD,
                gemeenteIds.getFirst(), List.of(rol), wijkoverleg);
        gemeenteIds.stream().skip(1).forEach(g -> accounts.kenRollenToe(gebruikersnaam, g, List.of(rol), wijkoverleg));
    }
}
