package nl.wijkafspraken.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.afspraken.VersieService;
import nl.wijkafspraken.convenant.ConvenantGegevens;
import nl.wijkafspraken.convenant.ConvenantService;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Object mother for afspraken and convenanten in full-stack tests. Builds through the real services, as the
 * gemeente's own civil servant would, and adopts versions through the system path of the besluit's effect, each time
 * with a new besluitpunt id.
 */
@Component
public class AfsprakenGegevens {

    private static final AtomicLong besluitpunten = new AtomicLong(1_000_000);

    private final Testgegevens gegevens;
    private final AfsprakenService afspraken;
    private final VersieService versies;
    private final ConvenantService convenanten;

    AfsprakenGegevens(Testgegevens gegevens, AfsprakenService afspraken, VersieService versies,
            ConvenantService convenanten) {
        this.gegevens = gegevens;
        this.afspraken = afspraken;
        this.versies = versies;
        this.convenanten = convenanten;
    }

    /** Runs a call as the given user, as if logged in (the services read the user from the security context). */
    public static <T> T als(String gebruikersnaam, Supplier<T> actie) {
        var vorige = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruikersnaam, null,
                Ingelogd.metTweedeFactor()));
        SecurityContextHolder.setContext(context);
        try {
            return actie.get();
        } finally {
            SecurityContextHolder.setContext(vorige);
        }
    }

    public static long nieuwBesluitpunt() {
        return besluitpunten.incrementAndGet();
    }

    /** Afspraken in concept with two articles and the given parties; nothing vastgesteld. */
    public Afspraken concept(TestGemeente gemeente, long... partijen) {
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        return als(ambtenaar, () -> {
            var id = afspraken.maakAan("Samenwerkingsafspraken " + gemeente.naam());
            versies.voegArtikelToe(id, 1, versies.versie(id, 1).versie().getVersie(), "Rollen",
                    "De gemeente faciliteert.\nHet wijkoverleg vertegenwoordigt de wijk.");
            versies.voegArtikelToe(id, 1, versies.versie(id, 1).versie().getVersie(), "Samenwerking",
                    "Partijen overleggen vier keer per jaar.");
            for (long partij : partijen) {
                afspraken.laatToetreden(id, partij, LocalDate.of(2020, 1, 1));
            }
            return new Afspraken(id, versies.versie(id, 1).versie().getId(), ambtenaar);
        });
    }

    /** Afspraken with version 1 vastgesteld per the ingangsdatum, with the given parties (none signed yet). */
    public Afspraken vastgesteld(TestGemeente gemeente, LocalDate ingangsdatum, long... partijen) {
        var concept = concept(gemeente, partijen);
        afspraken.stelVast(gemeente.id(), concept.versieId(), 42, nieuwBesluitpunt(), ingangsdatum,
                "Besluit B&W test " + gemeente.naam());
        return concept;
    }

    /** A convenant of 2007 registered by a civil servant of the gemeente; returns its id. */
    public long convenant(TestGemeente gemeente, String titel) {
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        return als(ambtenaar, () -> convenanten.registreer(
                new ConvenantGegevens(titel, "Wijkraad " + titel, null, LocalDate.of(2007, 5, 1)), null));
    }

    /** Withdraws the convenant as a besluit would, without a besluitvorming of its own. */
    public void intrekken(TestGemeente gemeente, long convenantId) {
        convenanten.trekIn(gemeente.id(), List.of(convenantId), 5, nieuwBesluitpunt(), LocalDate.of(2026, 5, 4), null,
                "Besluit B&W test " + gemeente.naam());
    }

    /** Afspraken as made by the mother: their id, the id of version 1, and the civil servant who made them. */
    public record Afspraken(long id, long versieId, String ambtenaar) {
    }
}
