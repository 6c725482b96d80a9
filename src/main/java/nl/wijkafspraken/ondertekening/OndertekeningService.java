package nl.wijkafspraken.ondertekening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing by a board member through the personal link of an invitation (no account: the link plus a code sent to
 * the same e-mail address), and the signatures of a party for other modules. The wethouder's signature for the
 * gemeente is in {@link GemeenteOndertekening}.
 *
 * <p>Every change locks the round first and then reads the invitation, so that double clicks, replayed requests and
 * two tekenbevoegden at the same moment give exactly one signature each and complete a party exactly once. A wrong
 * code is refused but counted: those methods commit despite the {@link DomeinregelException}, which is only ever
 * thrown before anything but that count has changed.
 */
@Service
@Transactional(readOnly = true)
public class OndertekeningService {

    private static final int MAX_NAAM = 150;

    private final RondeRepository rondes;
    private final UitnodigingRepository uitnodigingen;
    private final HandtekeningbewijsRepository handtekeningen;
    private final WeigeringbewijsRepository weigeringen;
    private final Uitnodigingen uitnodigingsbeheer;
    private final Versieteksten versieteksten;
    private final GemeenteRegister gemeenten;
    private final Rondeweergave weergave;
    private final Ontvangstbewijzen ontvangstbewijzen;
    private final Voltooiing voltooiing;
    private final Ondertekeningspost post;
    private final Toestemming toestemming;
    private final AuditService audit;
    private final Gebeurtenissen gebeurtenissen;
    private final Clock clock;

    OndertekeningService(RondeRepository rondes, UitnodigingRepository uitnodigingen,
            HandtekeningbewijsRepository handtekeningen, WeigeringbewijsRepository weigeringen,
            Uitnodigingen uitnodigingsbeheer, Versieteksten versieteksten, GemeenteRegister gemeenten,
            Rondeweergave weergave, Ontvangstbewijzen ontvangstbewijzen, Voltooiing voltooiing,
            Ondertekeningspost post, Toestemming toestemming, AuditService audit, Gebeurtenissen gebeurtenissen,
            Clock clock) {
        this.rondes = rondes;
        this.uitnodigingen = uitnodigingen;
        this.handtekeningen = handtekeningen;
        this.weigeringen = weigeringen;
        this.uitnodigingsbeheer = uitnodigingsbeheer;
        this.versieteksten = versieteksten;
        this.gemeenten = gemeenten;
        this.weergave = weergave;
        this.ontvangstbewijzen = ontvangstbewijzen;
        this.voltooiing = voltooiing;
        this.post = post;
        this.toestemming = toestemming;
        this.audit = audit;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /**
     * The signatures of a wijkoverleg in a round, followed by the gemeente's (if placed), oldest first. A system
     * path without a user check, e.g. for the sealed PDF once {@link PartijOndertekend} has been published. 404
     * when the round is not of the gemeente or the wijkoverleg is not a party in it.
     */
    public List<Handtekening> handtekeningen(long gemeenteId, long rondeId, long wijkoverlegId) {
        var ronde = rondes.findByIdAndGemeenteId(rondeId, gemeenteId)
                .orElseThrow(() -> new NietGevondenException(RondeService.OBJECTTYPE, rondeId));
        var partij = ronde.wijkoverleg(wijkoverlegId)
                .orElseThrow(() -> new NietGevondenException("Partij", wijkoverlegId));
        var gemeente = ronde.gemeente();
        return handtekeningen.findByRondeIdOrderByTijdstipAscIdAsc(rondeId).stream()
                .filter(h -> h.getPartijId() == partij.getId() || h.getPartijId() == gemeente.getId())
                .sorted(Comparator.comparing((Handtekeningbewijs h) -> h.getSoort() == Partijsoort.GEMEENTE))
                .map(Handtekeningbewijs::alsHandtekening).toList();
    }

    /**
     * What a link shows: the signing page while it can be used; once it has been used to sign or refuse, the
     * receipt of that (also after the link's signing period, and after the round has ended). Any other link:
     * {@link LinkOngeldigException}. Showing the signing page is recorded as an opening of the invitation (at most
     * one a minute, so that reloading cannot flood the evidence).
     */
    @Transactional
    public Tekenlink open(String token, Herkomst herkomst) {
        var uitnodiging = bekend(token);
        if (isGebruikt(uitnodiging)) {
            return ontvangstbewijzen.van(uitnodiging, afzender(uitnodiging));
        }
        var pagina = tekenpagina(uitnodiging);
        gebeurtenissen.geopend(uitnodiging, clock.instant(), herkomst);
        return pagina;
    }

    /** The signing page of a link; {@link LinkOngeldigException} when the link cannot be used (also once used). */
    public Tekenpagina tekenpagina(String token) {
        return tekenpagina(bekend(token));
    }

    /** The text signed through the link, to download; {@link LinkOngeldigException} unless it was used to sign. */
    public Tekstbestand ondertekendeTekst(String token) {
        var uitnodiging = bekend(token);
        if (uitnodiging.getStatus() != Uitnodigingstatus.ONDERTEKEND) {
            throw new LinkOngeldigException(afzender(uitnodiging));
        }
        return ontvangstbewijzen.tekst(uitnodiging);
    }

    /** Who sent the link, whatever its state; empty for an unknown link. */
    public Optional<Afzender> afzender(String token) {
        if (!Geheimen.isToken(token)) {
            return Optional.empty();
        }
        return uitnodigingen.findByLink(Geheimen.tokenHash(token)).map(this::afzender);
    }

    private Tekenpagina tekenpagina(Uitnodiging uitnodiging) {
        if (isGebruikt(uitnodiging)) {
            throw new LinkGebruiktException(afzender(uitnodiging));
        }
        if (!isBruikbaar(uitnodiging)) {
            throw new LinkOngeldigException(afzender(uitnodiging));
        }
        var partij = uitnodiging.getPartij();
        var ronde = partij.getRonde();
        var nu = clock.instant();
        return new Tekenpagina(afzender(uitnodiging), uitnodiging.getNaam(), Rondeweergave.functie(uitnodiging),
                partij.getNaam(), partij.getVereist(),
                weergave.document(versieteksten.tekst(ronde.getGemeenteId(), ronde.getVersieId())),
                weergave.lokaal(uitnodiging.getGeldigTot()), verborgen(uitnodiging.getEmail()),
                uitnodiging.heeftGeldigeCode(nu) ? weergave.lokaal(uitnodiging.getCodeGeldigTot()) : null);
    }

    /** Sends a new code to the invitation's address; returns the address partly hidden. Rate-limited. */
    @Transactional
    public String vraagCodeAan(String token) {
        var uitnodiging = vergrendeld(token);
        var code = Geheimen.nieuweCode();
        uitnodiging.nieuweCode(Geheimen.codeHash(uitnodiging.getId(), code), clock.instant());
        post.code(uitnodiging, code);
        gebeurtenissen.van(uitnodiging, Gebeurtenissoort.CODE_VERSTUURD, clock.instant(), null);
        audit.registreer(uitnodiging.getPartij().getRonde().getGemeenteId(), "CODE_VERSTUURD",
                RondeService.OBJECTTYPE, uitnodiging.getPartij().getRonde().getId(),
                "Code voor de ondertekening verstuurd aan " + uitnodiging.getNaam() + " ("
                        + uitnodiging.getPartij().getNaam() + ")");
        return verborgen(uitnodiging.getEmail());
    }

    /**
     * Signs with the code: records the evidence, uses up the link, completes the party when its ondertekenregel is
     * met and reports a party that is complete on both sides.
     */
    @Transactional(noRollbackFor = DomeinregelException.class)
    public Ondertekend onderteken(String token, String code, String getypteNaam, boolean akkoord,
            boolean afwijkendeNaamBevestigd, Herkomst herkomst) {
        var naam = controleerNaam(getypteNaam);
        if (!akkoord) {
            throw DomeinregelException.voorVeld("akkoord", "ondertekening.akkoord.verplicht");
        }
        var uitnodiging = vergrendeld(token);
        var partij = uitnodiging.getPartij();
        var ronde = partij.getRonde();
        var nu = clock.instant();
        var lid = uitnodigingsbeheer.huidigeTekenbevoegde(uitnodiging, LocalDate.ofInstant(nu, clock.getZone()))
                .orElseThrow(() -> new DomeinregelException("ondertekening.nietMeerTekenbevoegd"));
        if (!lid.email().strip().equalsIgnoreCase(uitnodiging.getEmail().strip())) {
            // Bound to the address at sending: normally voided when the address changed (Adreswijziging); this
            // holds also for a change that reached the register another way.
            throw new LinkOngeldigException(afzender(uitnodiging));
        }
        // Before the code: a name to correct must not use up a try of the code.
        var bevestigd = Naamcontrole.controleer(naam, uitnodiging.getNaam(), afwijkendeNaamBevestigd);
        var hash = vastgesteldeTekst(ronde);
        controleerCode(uitnodiging, code, nu, herkomst);
        var verklaring = new Handtekeningbewijs.Verklaring(naam, bevestigd, toestemming.voor(partij.getNaam()));
        handtekeningen.saveAndFlush(Handtekeningbewijs.vanBestuurslid(uitnodiging,
                lid.functie().name().toLowerCase(Locale.ROOT), verklaring, nu, herkomst, hash));
        uitnodiging.ondertekend();
        gebeurtenissen.van(uitnodiging, Gebeurtenissoort.ONDERTEKEND, nu, herkomst);
        audit.registreer(ronde.getGemeenteId(), "ONDERTEKEND", RondeService.OBJECTTYPE, ronde.getId(),
                uitnodiging.getNaam() + " (" + Rondeweergave.functie(uitnodiging) + ") ondertekende namens "
                        + partij.getNaam() + " via link en e-mailcode" + schrijfwijze(naam, bevestigd));
        post.bevestiging(uitnodiging, nu);
        voltooiing.werkBij(partij, nu);
        return new Ondertekend(false, uitnodiging.getNaam(), partij.getNaam(), ronde.getTitel() + ", versie "
                + ronde.getVersienummer(), weergave.lokaal(nu), hash);
    }

    /**
     * Refuses with a reason and the code: the link is used up, the other invitees of the party and the civil
     * servant who started the round hear of it by e-mail.
     */
    @Transactional(noRollbackFor = DomeinregelException.class)
    public Ondertekend weiger(String token, String code, String reden, Herkomst herkomst) {
        if (reden == null || reden.isBlank()) {
            throw DomeinregelException.voorVeld("reden", "ondertekening.weigeren.reden.verplicht");
        }
        if (reden.strip().length() > Weigeringbewijs.MAX_REDEN) {
            throw DomeinregelException.voorVeld("reden", "ondertekening.weigeren.reden.teLang",
                    Weigeringbewijs.MAX_REDEN);
        }
        var uitnodiging = vergrendeld(token);
        var partij = uitnodiging.getPartij();
        var ronde = partij.getRonde();
        var nu = clock.instant();
        controleerCode(uitnodiging, code, nu, herkomst);
        weigeringen.saveAndFlush(new Weigeringbewijs(uitnodiging, reden.strip(), nu, herkomst));
        uitnodiging.geweigerd();
        gebeurtenissen.van(uitnodiging, Gebeurtenissoort.GEWEIGERD, nu, herkomst);
        audit.registreer(ronde.getGemeenteId(), "GEWEIGERD", RondeService.OBJECTTYPE, ronde.getId(),
                uitnodiging.getNaam() + " (" + partij.getNaam() + ") weigerde te ondertekenen: " + reden.strip());
        partij.getUitnodigingen().stream()
                .filter(u -> u != uitnodiging && (u.getStatus() == Uitnodigingstatus.OPEN
                        || u.getStatus() == Uitnodigingstatus.ONDERTEKEND))
                .forEach(u -> post.weigering(ronde, u.getEmail(), u.getNaam(), uitnodiging, reden.strip()));
        if (ronde.getGestartDoorEmail() != null) {
            post.weigering(ronde, ronde.getGestartDoorEmail(), ronde.getGestartDoorNaam(), uitnodiging,
                    reden.strip());
        }
        voltooiing.werkBij(partij, nu);
        return new Ondertekend(true, uitnodiging.getNaam(), partij.getNaam(), ronde.getTitel() + ", versie "
                + ronde.getVersienummer(), weergave.lokaal(nu), ronde.getDocumentHash());
    }

    private void controleerCode(Uitnodiging uitnodiging, String code, Instant nu, Herkomst herkomst) {
        var ronde = uitnodiging.getPartij().getRonde();
        try {
            uitnodiging.controleerCode(Geheimen.codeHash(uitnodiging.getId(), code == null ? "" : code.strip()),
                    clock.instant());
            gebeurtenissen.van(uitnodiging, Gebeurtenissoort.CODE_AANVAARD, nu, herkomst);
        } catch (DomeinregelException e) {
            audit.registreer(ronde.getGemeenteId(), "CODE_GEWEIGERD", RondeService.OBJECTTYPE, ronde.getId(),
                    "Code van " + uitnodiging.getNaam() + " (" + uitnodiging.getPartij().getNaam()
                            + ") geweigerd: " + e.getBerichtcode());
            throw e;
        }
    }

    /** The hash of the text as it is now; it must be the one the round started with (a vastgestelde text is fixed). */
    String vastgesteldeTekst(Ronde ronde) {
        var tekst = versieteksten.tekst(ronde.getGemeenteId(), ronde.getVersieId());
        if (!tekst.sha256().equals(ronde.getDocumentHash())) {
            throw new IllegalStateException("De tekst van versie " + ronde.getVersienummer()
                    + " wijkt af van de tekst waarmee ronde " + ronde.getId() + " begon");
        }
        return tekst.sha256();
    }

    /** For the audit line: a confirmed different spelling is named, with the name as typed. */
    static String schrijfwijze(String getypt, boolean bevestigd) {
        return bevestigd ? "; getypte naam \"" + getypt + "\", afwijkende schrijfwijze bevestigd" : "";
    }

    static String controleerNaam(String getypteNaam) {
        if (getypteNaam == null || getypteNaam.isBlank()) {
            throw DomeinregelException.voorVeld("naam", "ondertekening.naam.verplicht");
        }
        if (getypteNaam.strip().length() > MAX_NAAM) {
            throw DomeinregelException.voorVeld("naam", "ondertekening.naam.teLang", MAX_NAAM);
        }
        return getypteNaam.strip();
    }

    /** For the page: the invitation of a link that exists, read without a lock; unknown links all look the same. */
    private Uitnodiging bekend(String token) {
        if (!Geheimen.isToken(token)) {
            throw new LinkOngeldigException();
        }
        return uitnodigingen.findByLink(Geheimen.tokenHash(token)).orElseThrow(LinkOngeldigException::new);
    }

    /**
     * For a change: locks the round of the link, then reads the invitation fresh and checks it can be used. A link
     * that was used already changes nothing (the evidence is append-only): {@link LinkGebruiktException}.
     */
    private Uitnodiging vergrendeld(String token) {
        if (!Geheimen.isToken(token)) {
            throw new LinkOngeldigException();
        }
        var hash = Geheimen.tokenHash(token);
        var rondeId = rondes.rondeVanLink(hash).orElseThrow(LinkOngeldigException::new);
        rondes.findForUpdate(rondeId);
        var uitnodiging = uitnodigingen.findByLink(hash).orElseThrow(LinkOngeldigException::new);
        if (isGebruikt(uitnodiging)) {
            throw new LinkGebruiktException(afzender(uitnodiging));
        }
        if (!isBruikbaar(uitnodiging)) {
            throw new LinkOngeldigException(afzender(uitnodiging));
        }
        return uitnodiging;
    }

    private boolean isBruikbaar(Uitnodiging uitnodiging) {
        return uitnodiging.isBruikbaar(clock.instant()) && partijOpen(uitnodiging.getPartij());
    }

    /** Signed or refused through this invitation: its link is a receipt from now on. */
    private static boolean isGebruikt(Uitnodiging uitnodiging) {
        return uitnodiging.getStatus() == Uitnodigingstatus.ONDERTEKEND
                || uitnodiging.getStatus() == Uitnodigingstatus.GEWEIGERD;
    }

    private static boolean partijOpen(Rondepartij partij) {
        return partij.getStatus() == Partijstatus.OPEN || partij.getStatus() == Partijstatus.GEWEIGERD;
    }

    private Afzender afzender(Uitnodiging uitnodiging) {
        var ronde = uitnodiging.getPartij().getRonde();
        return Afzender.van(ronde, gemeente(ronde));
    }

    private String gemeente(Ronde ronde) {
        return gemeenten.gemeente(ronde.getGemeenteId()).map(g -> g.naam()).orElse("");
    }

    /** "marleen@wijk.example" → "m•••@wijk.example": enough to recognise, not to harvest. */
    static String verborgen(String email) {
        var at = email.indexOf('@');
        return at <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }
}
