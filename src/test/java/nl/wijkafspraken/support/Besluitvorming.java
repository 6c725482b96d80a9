package nl.wijkafspraken.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wijkafspraken.besluit.BehandelendAmbtenaar;
import nl.wijkafspraken.besluit.BesluitGegevens;
import nl.wijkafspraken.besluit.CollegevoorstelService;
import nl.wijkafspraken.besluit.Effect;
import nl.wijkafspraken.besluit.Sectie;
import nl.wijkafspraken.besluit.Uitkomst;
import nl.wijkafspraken.besluit.UitkomstGegevens;
import nl.wijkafspraken.besluit.VergaderingService;
import nl.wijkafspraken.besluit.VoorstelGegevens;
import nl.wijkafspraken.bestuur.CollegeRol;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidGegevens;
import nl.wijkafspraken.bestuur.KoppelingService;
import nl.wijkafspraken.gedeeld.Rol;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object mother for besluitvorming: college members, voorstellen with besluitpunten, meetings and decisions, each
 * made through the real services as the given user (so roles, scoping and events work as in use).
 */
@Component
public class Besluitvorming {

    public static final String SCOPE = "ondertekening Samenwerkingsafspraken Wijkoverleggen";

    private final CollegeService college;
    private final KoppelingService koppelingen;
    private final Testgegevens gegevens;
    private final CollegevoorstelService voorstellen;
    private final VergaderingService vergaderingen;
    private final JdbcTemplate jdbc;

    Besluitvorming(CollegeService college, KoppelingService koppelingen, Testgegevens gegevens,
            CollegevoorstelService voorstellen, VergaderingService vergaderingen, JdbcTemplate jdbc) {
        this.college = college;
        this.koppelingen = koppelingen;
        this.gegevens = gegevens;
        this.voorstellen = voorstellen;
        this.vergaderingen = vergaderingen;
        this.jdbc = jdbc;
    }

    /** A sitting wethouder (since 2022) with the portefeuille participatie. */
    public long wethouder(long gemeenteId, String naam) {
        return college.registreer(gemeenteId, new CollegelidGegevens(naam, CollegeRol.WETHOUDER,
                List.of("participatie"), LocalDate.of(2022, 6, 1), null));
    }

    /**
     * Links the college member to the login the way it must happen in use: a BEHEERDER of the gemeente proposes,
     * a SECRETARIS confirms (both made for the occasion, so neither is the login itself).
     */
    public void koppel(long gemeenteId, long collegelidId, String login) {
        var accountId = jdbc.queryForObject("select id from account where lower(gebruikersnaam) = lower(?)",
                Long.class, login);
        var voorstel = als(gegevens.account(gemeenteId, Rol.BEHEERDER),
                () -> koppelingen.stelVoor(collegelidId, accountId));
        als(gegevens.account(gemeenteId, Rol.SECRETARIS), () -> koppelingen.bevestig(voorstel));
    }

    /** A concept voorstel written by the ambtenaar, with one besluitpunt per effect (null: a point without). */
    public long voorstel(String ambtenaar, long portefeuillehouderId, String onderwerp, Effect... effecten) {
        return als(ambtenaar, () -> {
            var id = voorstellen.nieuw(gegevens(portefeuillehouderId, onderwerp), null);
            int n = 1;
            for (var effect : effecten) {
                voorstellen.voegBesluitpuntToe(id, versie(id), "besluitpunt " + n++ + " over " + onderwerp, effect);
            }
            return id;
        });
    }

    /** The current version of a voorstel, as a form would carry it. */
    public long versie(long voorstelId) {
        return jdbc.queryForObject("select versie from collegevoorstel where id = ?", Long.class, voorstelId);
    }

    public static VoorstelGegevens gegevens(long portefeuillehouderId, String onderwerp) {
        return new VoorstelGegevens(true, false, "via staf / mail", LocalDate.of(2026, 4, 1),
                List.of(new BehandelendAmbtenaar("A. Testpersoon", "020 555 0100", "a.test@gemeente.example")),
                "Team Test",
                portefeuillehouderId, onderwerp, Map.of(Sectie.SAMENVATTING, "Een samenvatting."));
    }

    /** A meeting on the date with the voorstel on its agenda; returns {vergaderingId, agendapuntId}. */
    public long[] geagendeerd(String secretaris, long voorstelId, LocalDate datum) {
        return als(secretaris, () -> {
            var vergadering = vergaderingen.plan(datum);
            vergaderingen.agendeer(vergadering, voorstelId, 1);
            return new long[] {vergadering, vergaderingen.overzicht(vergadering).agendapuntId(1)};
        });
    }

    /** Puts the voorstel on a new meeting and records the outcome; returns the besluit id or null. */
    public Long besloten(String secretaris, long voorstelId, LocalDate datum, Uitkomst uitkomst) {
        var punt = geagendeerd(secretaris, voorstelId, datum);
        return als(secretaris, () -> vergaderingen.legUitkomstVast(punt[0], punt[1],
                new UitkomstGegevens(uitkomst, Map.of(), new BesluitGegevens(datum, null, null, null))));
    }

    /** Runs the step as the user, without an HTTP request (the active gemeente is the user's first). */
    public static <T> T als(String gebruikersnaam, Supplier<T> stap) {
        var vorige = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruikersnaam, null,
                Ingelogd.metTweedeFactor()));
        SecurityContextHolder.setContext(context);
        try {
            return stap.get();
        } finally {
            SecurityContextHolder.setContext(vorige);
        }
    }
}
