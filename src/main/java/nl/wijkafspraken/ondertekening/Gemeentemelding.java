package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.mandaat.MandaatInfo;
import nl.wijkafspraken.mandaat.MandaatService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people who must act on a round, after the transaction that changed it (issue 15: "nobody is told to
 * act"): the college members holding the signing mandaat when a round starts (the gemeente may sign at any moment,
 * there is no fixed order) and again when every board has signed and only the gemeente is missing; the civil
 * servant who started the round when it is complete. A refusal is mailed to that civil servant by
 * {@link OndertekeningService#weiger} already. Listeners run after the commit, in their own transaction, and write
 * to the post module's outbox; the event publication registry delivers an event again after a crash.
 */
@Component
class Gemeentemelding {

    private final RondeRepository rondes;
    private final MandaatService mandaten;
    private final CollegeService college;
    private final AccountService accounts;
    private final OndertekeningEigenschappen eigenschappen;
    private final Ondertekeningspost post;
    private final Clock clock;

    Gemeentemelding(RondeRepository rondes, MandaatService mandaten, CollegeService college, AccountService accounts,
            OndertekeningEigenschappen eigenschappen, Ondertekeningspost post, Clock clock) {
        this.rondes = rondes;
        this.mandaten = mandaten;
        this.college = college;
        this.accounts = accounts;
        this.eigenschappen = eigenschappen;
        this.post = post;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void bij(RondeGestart gestart) {
        meldGemeente(gestart.gemeenteId(), gestart.rondeId(), false);
    }

    @ApplicationModuleListener
    void bij(BesturenOndertekend ondertekend) {
        meldGemeente(ondertekend.gemeenteId(), ondertekend.rondeId(), true);
    }

    @ApplicationModuleListener
    void bij(RondeVoltooid voltooid) {
        rondes.findByIdAndGemeenteId(voltooid.rondeId(), voltooid.gemeenteId())
                .filter(r -> r.getGestartDoorEmail() != null)
                .ifPresent(post::voltooid);
    }

    /** Each sitting college member with a valid mandaat today and an active login with an e-mail address. */
    private void meldGemeente(long gemeenteId, long rondeId, boolean besturenKlaar) {
        var ronde = rondes.findByIdAndGemeenteId(rondeId, gemeenteId).orElse(null);
        if (ronde == null || !ronde.isLopend() || ronde.gemeente().isOndertekend()) {
            return;
        }
        var vandaag = LocalDate.now(clock);
        var ids = mandaten.geldigeMandaten(gemeenteId, eigenschappen.mandaatScope(), vandaag).stream()
                .map(MandaatInfo::collegelidId).distinct().toList();
        var ontvangers = new LinkedHashMap<String, String>();
        college.collegeleden(gemeenteId, ids).values().stream()
                .filter(lid -> lid.accountId() != null && lid.zitOp(vandaag))
                .forEach(lid -> accounts.accountKeuze(gemeenteId, lid.accountId())
                        .flatMap(account -> accounts.emailadres(account.gebruikersnaam()))
                        .ifPresent(email -> ontvangers.putIfAbsent(email.toLowerCase(Locale.ROOT), lid.naam())));
        ontvangers.forEach((email, naam) -> post.gemeenteTekenen(ronde, email, naam, besturenKlaar));
    }
}
