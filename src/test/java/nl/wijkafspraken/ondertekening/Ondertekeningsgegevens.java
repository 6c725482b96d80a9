package nl.wijkafspraken.ondertekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import nl.wijkafspraken.besluit.Effect;
import nl.wijkafspraken.besluit.Uitkomst;
import nl.wijkafspraken.bestuur.CollegeRol;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidGegevens;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.AfsprakenGegevens;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.support.Testgegevens.TestGemeente;
import nl.wijkafspraken.wijkoverleg.BestuurslidGegevens;
import nl.wijkafspraken.wijkoverleg.Functie;
import nl.wijkafspraken.wijkoverleg.Persoonsgegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegGegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object mother for the signing tests: a gemeente of its own with vastgestelde afspraken and wijkoverleggen whose
 * boards sign by one or two, a wethouder linked to a login with (or without) a mandaat granted by a real besluit,
 * and the e-mails in the outbox (no SMTP server in the shared test context, so texts stay readable there).
 */
@Component
class Ondertekeningsgegevens {

    static final String SCOPE = Besluitvorming.SCOPE;
    private static final Pattern LINK = Pattern.compile("/ondertekenen/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");
    private static final AtomicInteger teller = new AtomicInteger();

    private final Testgegevens gegevens;
    private final AfsprakenGegevens afsprakenGegevens;
    private final Besluitvorming besluitvorming;
    private final WijkoverlegService wijkoverleggen;
    private final CollegeService college;
    private final JdbcTemplate jdbc;

    Ondertekeningsgegevens(Testgegevens gegevens, AfsprakenGegevens afsprakenGegevens, Besluitvorming besluitvorming,
            WijkoverlegService wijkoverleggen, CollegeService college, JdbcTemplate jdbc) {
        this.gegevens = gegevens;
        this.afsprakenGegevens = afsprakenGegevens;
        this.besluitvorming = besluitvorming;
        this.wijkoverleggen = wijkoverleggen;
        this.college = college;
        this.jdbc = jdbc;
    }

    /** A gemeente with two wijkoverleggen as parties to vastgestelde afspraken: Noord signs by one, Zuid by two. */
    Situatie situatie() {
        var gemeente = gegevens.gemeente();
        int n = teller.incrementAndGet();
        var noord = wijkoverleg(gemeente.id(), "Wijkoverleg Noord " + n, Set.of(gemeente.wijkNoord()), 1,
                lid("Noor Voorzitter", "noor" + n + "@noord.example", Functie.VOORZITTER, true),
                lid("Nick Lid", "nick" + n + "@noord.example", Functie.LID, false));
        var zuid = wijkoverleg(gemeente.id(), "Wijkoverleg Zuid " + n, Set.of(gemeente.wijkZuid()), 2,
                lid("Zara Voorzitter", "zara" + n + "@zuid.example", Functie.VOORZITTER, true),
                lid("Zeno Secretaris", "zeno" + n + "@zuid.example", Functie.SECRETARIS, true));
        var afspraken = afsprakenGegevens.vastgesteld(gemeente, LocalDate.of(2026, 5, 4), noord, zuid);
        return new Situatie(gemeente, afspraken, noord, zuid, afspraken.ambtenaar(), "noor" + n + "@noord.example",
                "zara" + n + "@zuid.example", "zeno" + n + "@zuid.example");
    }

    long wijkoverleg(long gemeenteId, String naam, Set<Long> wijken, int vereist, BestuurslidGegevens... bestuur) {
        return wijkoverleggen.registreer(gemeenteId, new WijkoverlegGegevens(naam, wijken, WijkoverlegStatus.ACTIEF,
                LocalDate.of(2020, 1, 1), null, null, null, null, vereist), List.of(bestuur));
    }

    static BestuurslidGegevens lid(String naam, String email, Functie functie, boolean tekenbevoegd) {
        return new BestuurslidGegevens(new Persoonsgegevens(naam, email, null), functie, LocalDate.of(2020, 1, 1),
                tekenbevoegd);
    }

    /**
     * A BESTUURDER login linked to a sitting wethouder, without a mandaat; the link is proposed by a BEHEERDER and
     * confirmed by a SECRETARIS, as in use.
     */
    Wethouder wethouder(long gemeenteId) {
        var login = gegevens.account(gemeenteId, Rol.BESTUURDER);
        var id = college.registreer(gemeenteId, new CollegelidGegevens("Wethouder " + login, CollegeRol.WETHOUDER,
                List.of("participatie"), LocalDate.of(2022, 6, 1), null));
        besluitvorming.koppel(gemeenteId, id, login);
        return new Wethouder(login, id, "Wethouder " + login);
    }

    /** A wethouder with the signing mandaat from 1 January 2026, granted by a besluit conform advies. */
    Wethouder wethouderMetMandaat(long gemeenteId) {
        var wethouder = wethouder(gemeenteId);
        verleenMandaat(gemeenteId, wethouder, LocalDate.of(2026, 1, 1), null);
        return wethouder;
    }

    /** Grants the mandaat through the real besluitvorming and waits for the mandaat module's listener. */
    void verleenMandaat(long gemeenteId, Wethouder wethouder, LocalDate ingang, LocalDate einde) {
        var ambtenaar = gegevens.account(gemeenteId, Rol.AMBTENAAR);
        var secretaris = gegevens.account(gemeenteId, Rol.SECRETARIS);
        var voorstel = besluitvorming.voorstel(ambtenaar, wethouder.collegelidId(), "Mandaat ondertekening",
                Effect.mandaatVerlenen(wethouder.collegelidId(), SCOPE, ingang, einde));
        assertThat(besluitvorming.besloten(secretaris, voorstel, ingang.minusDays(10), Uitkomst.CONFORM_ADVIES))
                .isNotNull();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from mandaat where collegelid_id = ?", Integer.class, wethouder.collegelidId()) == 1);
    }

    String documentHash(long rondeId) {
        return jdbc.queryForObject("select document_hash from ondertekenronde where id = ?", String.class, rondeId);
    }

    /** The e-mails of the gemeente in the outbox, oldest first. */
    List<Mail> mails(long gemeenteId) {
        return jdbc.query("select aan, onderwerp, tekst from uitgaand_bericht where gemeente_id = ? order by id",
                (rs, i) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3)), gemeenteId);
    }

    List<Mail> mailsAan(long gemeenteId, String aan) {
        return mails(gemeenteId).stream().filter(m -> m.aan().equalsIgnoreCase(aan)).toList();
    }

    /** The link token in the latest mail with a link to this address. */
    String token(long gemeenteId, String aan) {
        var tokens = new ArrayList<String>();
        for (var mail : mailsAan(gemeenteId, aan)) {
            var m = LINK.matcher(mail.tekst());
            while (m.find()) {
                tokens.add(m.group(1));
            }
        }
        assertThat(tokens).as("link in a mail to " + aan).isNotEmpty();
        return tokens.getLast();
    }

    /** The code in the latest code mail to this address. */
    String code(long gemeenteId, String aan) {
        var mail = mailsAan(gemeenteId, aan).stream().filter(m -> m.onderwerp().startsWith("Uw code")).toList()
                .getLast();
        var m = CODE.matcher(mail.tekst());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The afspraken with their parties; noor signs Noord alone, zara and zeno sign Zuid together. */
    record Situatie(TestGemeente gemeente, AfsprakenGegevens.Afspraken afspraken, long noord, long zuid,
            String ambtenaar, String noor, String zara, String zeno) {

        long id() {
            return gemeente.id();
        }
    }

    record Wethouder(String login, long collegelidId, String naam) {
    }

    record Mail(String aan, String onderwerp, String tekst) {
    }
}
