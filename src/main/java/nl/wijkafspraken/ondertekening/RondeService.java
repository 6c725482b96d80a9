package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.afspraken.Partij;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.ondertekening.Startkeuze.Keuze;
import nl.wijkafspraken.wijkoverleg.Tekenbevoegdheid;
import nl.wijkafspraken.wijkoverleg.WijkoverlegInfo;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Signing rounds of the active gemeente. Every medewerker follows them; AMBTENAAR and BEHEERDER start a round
 * (for all parties that still have to sign the vastgestelde version, or for one wijkoverleg, e.g. one that joins),
 * resend an invitation and withdraw a round. Another gemeente's round is "not found". Starting a round publishes
 * {@link RondeGestart}, so that the wethouder with the mandaat hears of it after the commit ({@link Gemeentemelding}).
 */
@Service
@Transactional(readOnly = true)
public class RondeService {

    static final String OBJECTTYPE = "Ondertekenronde";

    private final RondeRepository rondes;
    private final Rondeweergave weergave;
    private final Uitnodigingen uitnodigingen;
    private final AfsprakenService afspraken;
    private final Versieteksten versieteksten;
    private final WijkoverlegService wijkoverleggen;
    private final GemeenteRegister gemeenten;
    private final AccountService accounts;
    private final Rechten rechten;
    private final Ondertekeningspost post;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RondeService(RondeRepository rondes, Rondeweergave weergave, Uitnodigingen uitnodigingen,
            AfsprakenService afspraken, Versieteksten versieteksten, WijkoverlegService wijkoverleggen,
            GemeenteRegister gemeenten, AccountService accounts, Rechten rechten,
            Ondertekeningspost post, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.rondes = rondes;
        this.weergave = weergave;
        this.uitnodigingen = uitnodigingen;
        this.afspraken = afspraken;
        this.versieteksten = versieteksten;
        this.wijkoverleggen = wijkoverleggen;
        this.gemeenten = gemeenten;
        this.accounts = accounts;
        this.rechten = rechten;
        this.post = post;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The rounds of the active gemeente, newest first. */
    public List<RondeRegel> lijst() {
        var gebruiker = rechten.vereis(Actie.RONDES_LEZEN);
        return rondes.findByGemeenteIdOrderByGestartOpDescIdDesc(gebruiker.gemeenteId()).stream()
                .map(weergave::regel).toList();
    }

    public RondeOverzicht ronde(long id) {
        var gebruiker = rechten.vereis(Actie.RONDES_LEZEN);
        return weergave.overzicht(gevonden(gebruiker, id), Rechten.mag(gebruiker, Actie.RONDES_BEHEREN),
                Rechten.mag(gebruiker, Actie.NAMENS_GEMEENTE_TEKENEN));
    }

    /** The choices for a new round; with {@code afsprakenId} also the wijkoverleggen of those afspraken. */
    public Startkeuze startkeuze(Long afsprakenId) {
        rechten.vereis(Actie.RONDES_BEHEREN);
        var lijst = afspraken.lijst().stream()
                .filter(a -> a.geldendeVersie() != null && !a.status().isAfgelopen())
                .map(a -> new Keuze(a.id(), a.titel() + " – versie " + a.geldendeVersie())).toList();
        if (afsprakenId == null) {
            return new Startkeuze(lijst, null, null, List.of(), List.of());
        }
        var overzicht = afspraken.overzicht(afsprakenId);
        var geldende = overzicht.geldendeVersie();
        if (geldende.isEmpty()) {
            return new Startkeuze(lijst, afsprakenId, null, List.of(), List.of());
        }
        var versieId = geldende.get().getId();
        var nogTeTekenen = overzicht.partijen().stream().filter(Partij::moetNogOndertekenen)
                .filter(p -> !rondes.heeftOpenRonde(versieId, p.wijkoverlegId()))
                .map(p -> new Keuze(p.wijkoverlegId(), p.naam())).toList();
        var nieuw = afspraken.kandidaten(afsprakenId).stream()
                .filter(w -> !rondes.heeftOpenRonde(versieId, w.id()))
                .map(w -> new Keuze(w.id(), w.naam())).toList();
        return new Startkeuze(lijst, afsprakenId, "versie " + geldende.get().getNummer(), nogTeTekenen, nieuw);
    }

    /**
     * Starts a round for the vastgestelde version of the afspraken: for one wijkoverleg, or (null) for every party
     * that still has to sign it and is in no running round. Invites each wijkoverleg's tekenbevoegde bestuursleden
     * by e-mail; the gemeente signs through a logged-in wethouder. Returns the id of the round.
     */
    @Transactional
    public long start(long afsprakenId, Long wijkoverlegId) {
        var gebruiker = rechten.vereis(Actie.RONDES_BEHEREN);
        var gemeenteId = gebruiker.gemeenteId();
        var overzicht = afspraken.overzicht(afsprakenId);
        if (overzicht.isAfgelopen()) {
            throw DomeinregelException.voorVeld("afsprakenId", "ondertekening.start.afgelopen");
        }
        var tekst = versieteksten.geldendeVersie(gemeenteId, afsprakenId).orElseThrow(() ->
                DomeinregelException.voorVeld("afsprakenId", "ondertekening.start.geenGeldendeVersie"));
        var vandaag = LocalDate.now(clock);
        var teTekenen = new ArrayList<Tekenbevoegdheid>();
        for (var id : wijkoverleggen(overzicht.partijen(), afsprakenId, tekst.versieId(), wijkoverlegId)) {
            teTekenen.add(tekenbevoegdheid(gemeenteId, id, vandaag));
        }
        var nu = clock.instant();
        var gemeente = gemeenten.gemeente(gemeenteId).orElseThrow();
        var ronde = new Ronde(gemeenteId, afsprakenId, tekst.versieId(), tekst.versienummer(), tekst.titel(),
                tekst.sha256(), gebruiker.gebruikersnaam(), gebruiker.naam(),
                accounts.emailadres(gebruiker.gebruikersnaam()).orElse(null), nu);
        ronde.voegGemeenteToe("Gemeente " + gemeente.naam());
        teTekenen.sort(Comparator.comparing(Tekenbevoegdheid::naam));
        for (var wijkoverleg : teTekenen) {
            ronde.voegWijkoverlegToe(wijkoverleg.wijkoverlegId(), wijkoverleg.naam(), wijkoverleg.vereist());
        }
        try {
            rondes.saveAndFlush(ronde);
        } catch (DataIntegrityViolationException e) {
            throw DomeinregelException.voorVeld("wijkoverlegId", "ondertekening.start.alGestart");
        }
        for (var wijkoverleg : teTekenen) {
            var partij = ronde.wijkoverleg(wijkoverleg.wijkoverlegId()).orElseThrow();
            wijkoverleg.tekenbevoegden().forEach(lid -> uitnodigingen.nodigUit(partij, lid, nu));
        }
        audit.registreer(gemeenteId, "GESTART", OBJECTTYPE, ronde.getId(), "Ondertekenronde voor "
                + tekst.titel() + " versie " + tekst.versienummer() + " (SHA-256 " + tekst.sha256() + ") gestart voor "
                + String.join(", ", teTekenen.stream().map(Tekenbevoegdheid::naam).toList()) + " en de gemeente");
        events.publishEvent(new RondeGestart(gemeenteId, ronde.getId()));
        return ronde.getId();
    }

    private List<Long> wijkoverleggen(List<Partij> partijen, long afsprakenId, long versieId, Long wijkoverlegId) {
        if (wijkoverlegId == null) {
            var open = partijen.stream().filter(Partij::moetNogOndertekenen).map(Partij::wijkoverlegId)
                    .filter(id -> !rondes.heeftOpenRonde(versieId, id)).toList();
            if (open.isEmpty()) {
                throw DomeinregelException.voorVeld("wijkoverlegId", "ondertekening.start.niemand");
            }
            return open;
        }
        var partij = partijen.stream().filter(p -> p.wijkoverlegId() == wijkoverlegId).findFirst();
        var kandidaat = afspraken.kandidaten(afsprakenId).stream().map(WijkoverlegInfo::id)
                .anyMatch(wijkoverlegId::equals);
        if (partij.map(p -> !p.moetNogOndertekenen()).orElse(!kandidaat)) {
            throw DomeinregelException.voorVeld("wijkoverlegId", "ondertekening.start.geenKandidaat");
        }
        if (rondes.heeftOpenRonde(versieId, wijkoverlegId)) {
            throw DomeinregelException.voorVeld("wijkoverlegId", "ondertekening.start.alGestart");
        }
        return List.of(wijkoverlegId);
    }

    private Tekenbevoegdheid tekenbevoegdheid(long gemeenteId, long wijkoverlegId, LocalDate vandaag) {
        var bevoegdheid = wijkoverleggen.tekenbevoegdheid(gemeenteId, wijkoverlegId, vandaag)
                .orElseThrow(() -> DomeinregelException.voorVeld("wijkoverlegId", "ondertekening.start.geenKandidaat"));
        if (!bevoegdheid.kanOndertekenen()) {
            throw DomeinregelException.voorVeld("wijkoverlegId", "ondertekening.start.teWeinigTekenbevoegden",
                    bevoegdheid.naam(), bevoegdheid.vereist());
        }
        bevoegdheid.tekenbevoegden().stream().filter(t -> !StringUtils.hasText(t.email())).findFirst()
                .ifPresent(t -> {
                    throw DomeinregelException.voorVeld("wijkoverlegId", "ondertekening.start.geenEmail", t.naam(),
                            bevoegdheid.naam());
                });
        return bevoegdheid;
    }

    /**
     * Withdraws a running round: every open invitation dies, every party that has not signed is ingetrokken, and
     * everyone invited in it (and the wethouder who signed) hears so by e-mail, with the reason.
     */
    @Transactional
    public void trekIn(long rondeId, String reden) {
        var gebruiker = rechten.vereis(Actie.RONDES_BEHEREN);
        var ronde = vergrendeld(gebruiker, rondeId);
        var nu = clock.instant();
        uitnodigingen.ingetrokken(ronde.trekIn(nu, gebruiker.gebruikersnaam(), reden), nu);
        var ontvangers = new LinkedHashMap<String, String>();
        ronde.wijkoverleggen().stream().flatMap(p -> p.getUitnodigingen().stream())
                .filter(u -> u.getStatus() != Uitnodigingstatus.VERVANGEN)
                .forEach(u -> ontvangers.putIfAbsent(u.getEmail().toLowerCase(Locale.ROOT), u.getNaam()));
        uitnodigingen.gemeenteOndertekenaar(ronde).ifPresent(w -> ontvangers.putIfAbsent(
                w.email().toLowerCase(Locale.ROOT), w.naam()));
        ontvangers.forEach((email, naam) -> post.intrekking(ronde, email, naam));
        audit.registreer(gebruiker.gemeenteId(), "INGETROKKEN", OBJECTTYPE, rondeId,
                "Ondertekenronde voor " + ronde.getTitel() + " versie " + ronde.getVersienummer()
                        + " ingetrokken: " + ronde.getIntrekkingsreden());
    }

    /** Sends an invitation again with a new link; the old invitation and its links die. */
    @Transactional
    public void stuurOpnieuw(long rondeId, long uitnodigingId) {
        var gebruiker = rechten.vereis(Actie.RONDES_BEHEREN);
        var ronde = vergrendeld(gebruiker, rondeId);
        ronde.vereisLopend();
        var oud = ronde.uitnodiging(uitnodigingId)
                .orElseThrow(() -> new NietGevondenException("Uitnodiging", uitnodigingId));
        var nieuw = uitnodigingen.stuurOpnieuw(oud, clock.instant());
        audit.registreer(gebruiker.gemeenteId(), "OPNIEUW_UITGENODIGD", OBJECTTYPE, rondeId,
                "Nieuwe uitnodiging voor " + nieuw.getNaam() + " (" + nieuw.getPartij().getNaam()
                        + "); de vorige link werkt niet meer");
    }

    private Ronde gevonden(Gebruiker gebruiker, long id) {
        return rondes.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }

    /** Checks the gemeente without loading the round, so that the locked load below reads it fresh. */
    private Ronde vergrendeld(Gebruiker gebruiker, long id) {
        if (!rondes.existsByIdAndGemeenteId(id, gebruiker.gemeenteId())) {
            throw new NietGevondenException(OBJECTTYPE, id);
        }
        return rondes.findForUpdate(id).orElseThrow();
    }
}
