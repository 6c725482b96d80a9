package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidInfo;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.mandaat.MandaatInfo;
import nl.wijkafspraken.mandaat.MandaatService;
import nl.wijkafspraken.tweedefactor.Ondertekenfactor;
import nl.wijkafspraken.tweedefactor.TweedeFactorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gemeente's signature in a round: a wethouder logged in with role BESTUURDER whose account is linked to a
 * college member (by account id, a link that a BEHEERDER proposed and a second person confirmed; see
 * {@code bestuur.KoppelingService}), and who holds a valid mandaat with the configured scope on the day of signing. Without that mandaat the signature is refused, with
 * a message naming the mandaat that is missing (the college decision grants it; issue 5, item 4).
 */
@Service
@Transactional(readOnly = true)
public class GemeenteOndertekening {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    private final RondeRepository rondes;
    private final HandtekeningbewijsRepository handtekeningen;
    private final OndertekeningService ondertekening;
    private final Versieteksten versieteksten;
    private final CollegeService college;
    private final MandaatService mandaten;
    private final AccountService accounts;
    private final Rechten rechten;
    private final Rondeweergave weergave;
    private final Voltooiing voltooiing;
    private final OndertekeningEigenschappen eigenschappen;
    private final Toestemming toestemming;
    private final AuditService audit;
    private final TweedeFactorService tweedeFactor;
    private final Gebeurtenissen gebeurtenissen;
    private final Clock clock;

    GemeenteOndertekening(RondeRepository rondes, HandtekeningbewijsRepository handtekeningen,
            OndertekeningService ondertekening, Versieteksten versieteksten, CollegeService college,
            MandaatService mandaten, AccountService accounts,
            Rechten rechten, Rondeweergave weergave, Voltooiing voltooiing,
            OndertekeningEigenschappen eigenschappen, Toestemming toestemming, AuditService audit,
            TweedeFactorService tweedeFactor, Gebeurtenissen gebeurtenissen, Clock clock) {
        this.rondes = rondes;
        this.handtekeningen = handtekeningen;
        this.ondertekening = ondertekening;
        this.versieteksten = versieteksten;
        this.college = college;
        this.mandaten = mandaten;
        this.accounts = accounts;
        this.rechten = rechten;
        this.weergave = weergave;
        this.voltooiing = voltooiing;
        this.eigenschappen = eigenschappen;
        this.toestemming = toestemming;
        this.audit = audit;
        this.tweedeFactor = tweedeFactor;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** The signing page for the gemeente, with the reason when the user may not sign (today). */
    public Gemeentetekenpagina pagina(long rondeId) {
        var gebruiker = rechten.vereis(Actie.NAMENS_GEMEENTE_TEKENEN);
        var ronde = rondes.findByIdAndGemeenteId(rondeId, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(RondeService.OBJECTTYPE, rondeId));
        var vandaag = LocalDate.now(clock);
        var lid = college.collegelidMetAccount(gebruiker.gemeenteId(), gebruiker.accountId());
        var mandaat = lid.flatMap(l -> mandaten.geldigMandaat(l.id(), eigenschappen.mandaatScope(), vandaag));
        String weigering = null;
        try {
            controleer(ronde, lid, mandaat, vandaag);
        } catch (DomeinregelException e) {
            weigering = e.getBerichtcode();
        }
        var datum = DATUM.format(vandaag);
        return new Gemeentetekenpagina(rondeId, ronde.gemeente().getNaam(),
                weergave.document(versieteksten.tekst(ronde.getGemeenteId(), ronde.getVersieId())),
                lid.map(CollegelidInfo::naam).orElse(gebruiker.naam()),
                lid.map(l -> l.rol().aanduiding()).orElse(null),
                mandaat.map(m -> m.scope() + " (besluit " + m.besluitIdentificatie() + ")").orElse(null),
                weigering, eigenschappen.mandaatScope(), datum);
    }

    /** What the signing page offers for the step-up (passkey, TOTP code) and a confirmation given already. */
    public Ondertekenfactor ondertekenfactor() {
        rechten.vereis(Actie.NAMENS_GEMEENTE_TEKENEN);
        return tweedeFactor.ondertekenfactor();
    }

    /** The step-up with a code of the authenticator app, on the signing page; a wrong code is counted. */
    @Transactional(noRollbackFor = DomeinregelException.class)
    public void bevestigMetCode(String code) {
        rechten.vereis(Actie.NAMENS_GEMEENTE_TEKENEN);
        tweedeFactor.controleerTotp(code);
    }

    /**
     * Signs for the gemeente, after checking the link to the college and the mandaat on today's date, and the
     * wethouder's step-up confirmation (passkey or TOTP, minutes old), which the evidence records.
     */
    @Transactional
    public void onderteken(long rondeId, String getypteNaam, boolean akkoord, boolean afwijkendeNaamBevestigd,
            Herkomst herkomst) {
        var gebruiker = rechten.vereis(Actie.NAMENS_GEMEENTE_TEKENEN);
        var naam = OndertekeningService.controleerNaam(getypteNaam);
        if (!akkoord) {
            throw DomeinregelException.voorVeld("akkoord", "ondertekening.akkoord.verplicht");
        }
        if (!rondes.existsByIdAndGemeenteId(rondeId, gebruiker.gemeenteId())) {
            throw new NietGevondenException(RondeService.OBJECTTYPE, rondeId);
        }
        var ronde = rondes.findForUpdate(rondeId).orElseThrow();
        var nu = clock.instant();
        var vandaag = LocalDate.ofInstant(nu, clock.getZone());
        var lid = college.collegelidMetAccount(gebruiker.gemeenteId(), gebruiker.accountId());
        var mandaat = lid.flatMap(l -> mandaten.geldigMandaat(l.id(), eigenschappen.mandaatScope(), vandaag));
        controleer(ronde, lid, mandaat, vandaag);
        var bevestigd = Naamcontrole.controleer(naam, lid.get().naam(), afwijkendeNaamBevestigd);
        // The step-up last, after everything the wethouder cannot fix by confirming (issue 12, part 3).
        var bevestiging = tweedeFactor.bevestigingVoorOndertekenen();
        var hash = ondertekening.vastgesteldeTekst(ronde);
        var partij = ronde.gemeente();
        var verklaring = new Handtekeningbewijs.Verklaring(naam, bevestigd, toestemming.voor(partij.getNaam()));
        var email = accounts.emailadres(gebruiker.gebruikersnaam()).orElse(null);
        handtekeningen.saveAndFlush(Handtekeningbewijs.vanCollegelid(partij, lid.orElseThrow(),
                gebruiker.gebruikersnaam(), email, verklaring, mandaat.orElseThrow(), bevestiging, nu, herkomst,
                hash));
        gebeurtenissen.vanGemeente(partij, Gebeurtenissoort.ONDERTEKEND, nu, lid.get().naam(),
                lid.get().rol().aanduiding(), email, herkomst);
        partij.ondertekend(nu);
        audit.registreer(ronde.getGemeenteId(), "ONDERTEKEND", RondeService.OBJECTTYPE, rondeId,
                lid.get().aanduiding() + " ondertekende namens " + partij.getNaam() + " met mandaat '"
                        + mandaat.get().scope() + "' (besluit " + mandaat.get().besluitIdentificatie() + "), bevestigd: "
                        + bevestiging.methode() + " " + bevestiging.tijdstip()
                        + OndertekeningService.schrijfwijze(naam, bevestigd));
        voltooiing.werkBij(partij, nu);
    }

    /**
     * The checks in the order a wethouder can fix them; each refusal names what is missing. Every message gets the
     * scope of the mandaat and the date as arguments.
     */
    private void controleer(Ronde ronde, Optional<CollegelidInfo> lid, Optional<MandaatInfo> mandaat,
            LocalDate vandaag) {
        String code = null;
        if (ronde.gemeente().isOndertekend()) {
            code = "ondertekening.gemeente.alOndertekend";
        } else if (!ronde.isLopend()) {
            code = "ondertekening.ronde.nietLopend";
        } else if (lid.isEmpty()) {
            code = "ondertekening.gemeente.geenCollegelid";
        } else if (!lid.get().zitOp(vandaag)) {
            code = "ondertekening.gemeente.nietInCollege";
        } else if (mandaat.isEmpty()) {
            code = "ondertekening.gemeente.geenMandaat";
        }
        if (code != null) {
            throw new DomeinregelException(code, eigenschappen.mandaatScope(), DATUM.format(vandaag));
        }
    }
}
