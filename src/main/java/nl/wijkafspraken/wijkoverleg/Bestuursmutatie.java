package nl.wijkafspraken.wijkoverleg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.wijkafspraken.audit.AuditService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out a change of the bestuur that may take effect: made by the gemeente, made by a board member without
 * touching signing data, or approved. One place for what must follow every such change: the audit line with the old
 * and new value of each field, the event that voids what was sent to an old address, and the mail to the old
 * address and the other tekenbevoegden when signing data changed. The caller holds the transaction.
 */
@Component
class Bestuursmutatie {

    static final String OBJECTTYPE = "Wijkoverleg";

    private final WijkoverlegRepository wijkoverleggen;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Bestuurspost post;
    private final Clock clock;

    Bestuursmutatie(WijkoverlegRepository wijkoverleggen, AuditService audit, ApplicationEventPublisher events,
            Bestuurspost post, Clock clock) {
        this.wijkoverleggen = wijkoverleggen;
        this.audit = audit;
        this.events = events;
        this.post = post;
        this.clock = clock;
    }

    Bestuurslid voegToe(Wijkoverleg wijkoverleg, BestuurslidGegevens gegevens, String door) {
        var lid = wijkoverleg.voegBestuurslidToe(gegevens.persoon(), gegevens.functie(), gegevens.startdatum(),
                gegevens.tekenbevoegd());
        wijkoverleggen.flush();
        audit.registreerWijziging(wijkoverleg.getGemeenteId(), "BESTUURSLID_TOEGEVOEGD", OBJECTTYPE,
                wijkoverleg.getId(), lid.getNaam() + " toegevoegd aan het bestuur van " + wijkoverleg.getNaam()
                        + door(door), null, Bestuurslidstand.van(lid));
        if (lid.isTekenbevoegd()) {
            post.tekengegevensGewijzigd(wijkoverleg, null, lid, door);
        }
        return lid;
    }

    Bestuurslid wijzig(Wijkoverleg wijkoverleg, Bestuurslid lid, BestuurslidGegevens gegevens, LocalDate per,
            String door) {
        var voor = Bestuurslidstand.van(lid);
        var oudeEmail = lid.getEmail();
        var nieuw = wijkoverleg.wijzigBestuurslid(lid, gegevens.persoon(), gegevens.functie(),
                gegevens.tekenbevoegd(), per);
        wijkoverleggen.flush();
        var omschrijving = nieuw == lid ? "Gegevens van " + voor.naam() + " gewijzigd"
                : voor.naam() + " vanaf " + per + " in een nieuwe periode";
        audit.registreerWijziging(wijkoverleg.getGemeenteId(), "BESTUURSLID_GEWIJZIGD", OBJECTTYPE,
                wijkoverleg.getId(), omschrijving + door(door), voor, Bestuurslidstand.van(nieuw));
        var adresGewijzigd = !zelfdeAdres(oudeEmail, nieuw.getEmail());
        if (adresGewijzigd) {
            events.publishEvent(new BestuurslidAdresGewijzigd(wijkoverleg.getGemeenteId(), wijkoverleg.getId(),
                    lid.getId(), oudeEmail, nieuw.getEmail(), clock.instant()));
        }
        if (adresGewijzigd || voor.tekenbevoegd() != nieuw.isTekenbevoegd()) {
            post.tekengegevensGewijzigd(wijkoverleg, voor, nieuw, door);
        }
        return nieuw;
    }

    /** Whether a change touches who can sign: a new address or tekenbevoegdheid, or a new tekenbevoegd member. */
    static boolean raaktTekengegevens(Bestuurslid lid, BestuurslidGegevens gegevens) {
        if (lid == null) {
            return gegevens.tekenbevoegd();
        }
        return lid.isTekenbevoegd() != gegevens.tekenbevoegd()
                || !zelfdeAdres(lid.getEmail(), gegevens.persoon().email());
    }

    /** Addresses differ only in case: the same mailbox in practice, and no way to redirect a link. */
    static boolean zelfdeAdres(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static String door(String door) {
        return door == null ? "" : " (" + door + ")";
    }
}
