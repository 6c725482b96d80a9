package nl.wijkafspraken.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.wijkoverleg.BestuurslidGegevens;
import nl.wijkafspraken.wijkoverleg.Functie;
import nl.wijkafspraken.wijkoverleg.Persoonsgegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegGegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import org.springframework.stereotype.Component;

/**
 * Object mother for full-stack tests: each call makes new, uniquely named data, so tests sharing the database
 * (and the Spring context) never see each other's rows. Every test starts with its own {@link #gemeente()}.
 */
@Component
public class Testgegevens {

    public static final String WACHTWOORD = "test-wachtwoord-123";
    private static final AtomicInteger teller = new AtomicInteger();

    private final GemeenteService gemeenten;
    private final WijkoverlegService wijkoverleggen;
    private final AccountService accounts;

    Testgegevens(GemeenteService gemeenten, WijkoverlegService wijkoverleggen, AccountService accounts) {
        this.gemeenten = gemeenten;
        this.wijkoverleggen = wijkoverleggen;
        this.accounts = accounts;
    }

    /** A gemeente of its own with two wijken, 'Noord' and 'Zuid'. */
    public TestGemeente gemeente() {
        int n = teller.incrementAndGet();
        var gemeente = gemeenten.registreerGemeente("test-" + n, "Testgemeente " + n);
        var noord = gemeenten.registreerWijk(gemeente.id(), "Noord");
        var zuid = gemeenten.registreerWijk(gemeente.id(), "Zuid");
        return new TestGemeente(gemeente.id(), gemeente.naam(), noord.id(), zuid.id());
    }

    /** A new account holding one role in the gemeente; returns the username (password {@link #WACHTWOORD}). */
    public String account(long gemeenteId, Rol rol) {
        var naam = rol.name().toLowerCase() + "-" + teller.incrementAndGet();
        accounts.registreer(naam, "Test " + naam, naam + "@test.example", WACHTWOORD, gemeenteId, List.of(rol),
                List.of());
        return naam;
    }

    /** A new BESTUURSLID account for one wijkoverleg. */
    public String bestuurslid(long gemeenteId, long wijkoverlegId) {
        var naam = "bestuurslid-" + teller.incrementAndGet();
        accounts.registreer(naam, "Test " + naam, naam + "@test.example", WACHTWOORD, gemeenteId,
                List.of(Rol.BESTUURSLID), List.of(wijkoverlegId));
        return naam;
    }

    /** An active wijkoverleg covering the wijken, with one tekenbevoegde voorzitter. */
    public long wijkoverleg(long gemeenteId, String naam, Set<Long> wijkIds) {
        return wijkoverleggen.registreer(gemeenteId,
                new WijkoverlegGegevens(naam, wijkIds, WijkoverlegStatus.ACTIEF, LocalDate.of(2020, 1, 1), null, null,
                        "info@" + naam.toLowerCase().replaceAll("[^a-z]", "") + ".example", null, 1),
                List.of(new BestuurslidGegevens(new Persoonsgegevens("Voorzitter " + naam,
                        "voorzitter@wijk.example", "06-12345678"), Functie.VOORZITTER, LocalDate.of(2020, 1, 1),
                        true)));
    }

    public record TestGemeente(long id, String naam, long wijkNoord, long wijkZuid) {
    }
}
