package nl.wijkafspraken.besluit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.audit.Wijziging;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidInfo;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The collegevoorstellen of the active gemeente: the AMBTENAAR writes them (fixed parts, besluitpunten with their
 * effects); every medewerker reads them. Another gemeente's voorstel is "not found". Every change is audited in
 * its own transaction.
 */
@Service
@Transactional(readOnly = true)
public class CollegevoorstelService {

    static final String OBJECTTYPE = "Collegevoorstel";
    /** Z, two-digit year, six digits: the zaaknummer format of the gemeente's zaaksysteem. */
    public static final Pattern ZAAKNUMMER = Pattern.compile("^Z[0-9]{2}-[0-9]{6}$");

    private final CollegevoorstelRepository voorstellen;
    private final BwVergaderingRepository vergaderingen;
    private final BesluitRepository besluiten;
    private final Nummerteller nummerteller;
    private final Weergaven weergaven;
    private final Effectdoelregister effectdoelen;
    private final CollegeService college;
    private final Rechten rechten;
    private final AuditService audit;
    private final Clock clock;

    CollegevoorstelService(CollegevoorstelRepository voorstellen, BwVergaderingRepository vergaderingen,
            BesluitRepository besluiten, Nummerteller nummerteller, Weergaven weergaven,
            Effectdoelregister effectdoelen, CollegeService college, Rechten rechten, AuditService audit,
            Clock clock) {
        this.voorstellen = voorstellen;
        this.vergaderingen = vergaderingen;
        this.besluiten = besluiten;
        this.nummerteller = nummerteller;
        this.weergaven = weergaven;
        this.effectdoelen = effectdoelen;
        this.college = college;
        this.rechten = rechten;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<CollegevoorstelRegel> zoek(VoorstelZoekopdracht zoekopdracht, Pageable pageable) {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        var pagina = voorstellen.findAll(specificatie(gebruiker.gemeenteId(), zoekopdracht), pageable);
        var houders = college.collegeleden(gebruiker.gemeenteId(), pagina.stream()
                .map(Collegevoorstel::getPortefeuillehouderId).filter(Objects::nonNull).toList());
        return pagina.map(v -> {
            var houder = v.getPortefeuillehouderId() == null ? null : houders.get(v.getPortefeuillehouderId());
            return new CollegevoorstelRegel(v.getId(), v.getZaaknummer(), v.getOnderwerp(), v.getStatus(),
                    v.getUitkomst(), houder == null ? null : houder.titel(),
                    LocalDateTime.ofInstant(v.getGewijzigdOp(), clock.getZone()));
        });
    }

    public VoorstelOverzicht overzicht(long id) {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        var voorstel = gevonden(gebruiker, id);
        var ids = new HashSet<Long>();
        if (voorstel.getPortefeuillehouderId() != null) {
            ids.add(voorstel.getPortefeuillehouderId());
        }
        voorstel.getBesluitpunten().stream().map(Besluitpunt::getEffect).filter(Objects::nonNull)
                .map(Effect::collegelidId).filter(Objects::nonNull).forEach(ids::add);
        var leden = college.collegeleden(gebruiker.gemeenteId(), ids);
        var behandelingen = vergaderingen.metVoorstel(gebruiker.gemeenteId(), id).stream()
                .flatMap(v -> v.getAgendapunten().stream().filter(p -> p.getCollegevoorstelId() == id)
                        .map(p -> new VoorstelOverzicht.Behandeling(v.getId(), v.getDatum(), p.getNummer(),
                                p.getUitkomst())))
                .toList();
        voorstel.getSecties();
        voorstel.getBijlagen();
        var portefeuillehouder = voorstel.getPortefeuillehouderId() == null ? null
                : leden.get(voorstel.getPortefeuillehouderId());
        return new VoorstelOverzicht(voorstel, portefeuillehouder, leden,
                effectdoelen.beschrijvingen(gebruiker.gemeenteId(), voorstel.getBesluitpunten()), behandelingen,
                besluiten.findByCollegevoorstelId(id).map(Besluit::getId).orElse(null),
                Rechten.mag(gebruiker, Actie.COLLEGEVOORSTELLEN_SCHRIJVEN) && voorstel.isConcept());
    }

    /**
     * The voorstellen of the gemeente whose besluitpunt of this kind names the target (e.g. the concept version it
     * adopts), newest first, without a user check: for the module that owns the target, to link back to them.
     */
    public List<Voorstelverwijzing> metEffectdoel(long gemeenteId, EffectSoort soort, long doelId) {
        return voorstellen.metEffectdoel(gemeenteId, soort.name(), doelId).stream()
                .map(v -> new Voorstelverwijzing(v.getId(), v.getZaaknummer(), v.getOnderwerp(), v.getStatus()))
                .toList();
    }

    /** The behandelend ambtenaren of a voorstel of the active gemeente, in order, to fill its form. */
    public List<BehandelendAmbtenaar> ambtenaren(long id) {
        return gevonden(rechten.vereis(Actie.BESLUITVORMING_LEZEN), id).getAmbtenaren();
    }

    /** The voorstel as a document: the read model for the PDF export. */
    public CollegevoorstelWeergave weergave(long id) {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        return weergaven.voorstel(gevonden(gebruiker, id));
    }

    /** The college members of the active gemeente, to pick a portefeuillehouder or gemandateerde from. */
    public List<CollegelidInfo> college() {
        rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        return college.college();
    }

    /** Per kind of effect, what a besluitpunt can act on now: the concept versions, the convenanten in force. */
    public Map<EffectSoort, List<Effectdoelen.Effectdoel>> effectdoelen() {
        return effectdoelen.keuzes(rechten.vereis(Actie.BESLUITVORMING_LEZEN).gemeenteId());
    }

    /**
     * Starts a voorstel. Without a zaaknummer the next one of this gemeente and year is generated; a zaaknummer
     * given by hand (the zaak exists elsewhere) must have the format Z26-021435 and be unused in the gemeente.
     */
    @Transactional
    public long nieuw(VoorstelGegevens gegevens, String zaaknummer) {
        var gebruiker = rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        controleerPortefeuillehouder(gebruiker.gemeenteId(), gegevens);
        var nummer = StringUtils.hasText(zaaknummer) ? handmatig(gebruiker.gemeenteId(), zaaknummer.trim())
                : gegenereerd(gebruiker.gemeenteId());
        var voorstel = voorstellen.saveAndFlush(new Collegevoorstel(gebruiker.gemeenteId(), nummer, gegevens,
                clock.instant()));
        audit.registreer(gebruiker.gemeenteId(), "AANGEMAAKT", OBJECTTYPE, voorstel.getId(),
                "Collegevoorstel " + nummer + " " + voorstel.getOnderwerp() + "; "
                        + Wijziging.van(null, Ambtenarenbeeld.van(voorstel)));
        return voorstel.getId();
    }

    @Transactional
    public void wijzig(long id, long versie, VoorstelGegevens gegevens) {
        var gebruiker = rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        var voorstel = actueel(gebruiker, id, versie);
        controleerPortefeuillehouder(gebruiker.gemeenteId(), gegevens);
        var voor = Ambtenarenbeeld.van(voorstel);
        voorstel.wijzig(gegevens, clock.instant());
        voorstellen.flush();
        var verschil = Wijziging.van(voor, Ambtenarenbeeld.van(voorstel));
        audit.registreer(gebruiker.gemeenteId(), "GEWIJZIGD", OBJECTTYPE, id,
                "Collegevoorstel " + voorstel.getZaaknummer() + " gewijzigd: " + voorstel.getOnderwerp()
                        + (verschil.isEmpty() ? "" : "; " + verschil));
    }

    @Transactional
    public long voegBesluitpuntToe(long id, long versie, String tekst, Effect effect) {
        var gebruiker = rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        var voorstel = actueel(gebruiker, id, versie);
        controleerEffect(gebruiker.gemeenteId(), effect, null);
        var punt = voorstel.voegBesluitpuntToe(tekst, effect, clock.instant());
        voorstellen.flush();
        audit.registreer(gebruiker.gemeenteId(), "BESLUITPUNT_TOEGEVOEGD", OBJECTTYPE, id,
                "Besluitpunt " + voorstel.getBesluitpunten().size() + " van " + voorstel.getZaaknummer() + ": "
                        + punt.getTekst() + effectTekst(effect));
        return punt.getId();
    }

    @Transactional
    public void wijzigBesluitpunt(long id, long versie, long puntId, String tekst, Effect effect) {
        var gebruiker = rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        var voorstel = actueel(gebruiker, id, versie);
        controleerEffect(gebruiker.gemeenteId(), effect, voorstel.besluitpunt(puntId).getEffect());
        voorstel.wijzigBesluitpunt(puntId, tekst, effect, clock.instant());
        voorstellen.flush();
        audit.registreer(gebruiker.gemeenteId(), "BESLUITPUNT_GEWIJZIGD", OBJECTTYPE, id,
                "Besluitpunt van " + voorstel.getZaaknummer() + ": " + tekst.trim() + effectTekst(effect));
    }

    @Transactional
    public void verwijderBesluitpunt(long id, long versie, long puntId) {
        var gebruiker = rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        var voorstel = actueel(gebruiker, id, versie);
        var tekst = voorstel.besluitpunt(puntId).getTekst();
        voorstel.verwijderBesluitpunt(puntId, clock.instant());
        voorstellen.flush();
        audit.registreer(gebruiker.gemeenteId(), "BESLUITPUNT_VERWIJDERD", OBJECTTYPE, id,
                "Besluitpunt van " + voorstel.getZaaknummer() + " verwijderd: " + tekst);
    }

    @Transactional
    public void verplaatsBesluitpunt(long id, long versie, long puntId, boolean omhoog) {
        var gebruiker = rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        var voorstel = actueel(gebruiker, id, versie);
        voorstel.verplaatsBesluitpunt(puntId, omhoog, clock.instant());
        voorstellen.flush();
        audit.registreer(gebruiker.gemeenteId(), "BESLUITPUNT_VERPLAATST", OBJECTTYPE, id,
                "Besluitpunt van " + voorstel.getZaaknummer() + " " + (omhoog ? "omhoog" : "omlaag") + " verplaatst");
    }

    /** A besluitpunt of a voorstel of the active gemeente, to fill its form. */
    public Besluitpunt besluitpunt(long id, long puntId) {
        return gevonden(rechten.vereis(Actie.BESLUITVORMING_LEZEN), id).besluitpunt(puntId);
    }

    private String handmatig(long gemeenteId, String zaaknummer) {
        if (!ZAAKNUMMER.matcher(zaaknummer).matches()) {
            throw DomeinregelException.voorVeld("zaaknummer", "collegevoorstel.zaaknummer.formaat");
        }
        if (voorstellen.existsByGemeenteIdAndZaaknummer(gemeenteId, zaaknummer)) {
            throw DomeinregelException.voorVeld("zaaknummer", "collegevoorstel.zaaknummer.bestaat", zaaknummer);
        }
        return zaaknummer;
    }

    /** The next free number: a number typed by hand earlier is skipped. */
    private String gegenereerd(long gemeenteId) {
        var jaar = LocalDate.now(clock).getYear();
        String nummer;
        do {
            nummer = nummerteller.volgendZaaknummer(gemeenteId, jaar);
        } while (voorstellen.existsByGemeenteIdAndZaaknummer(gemeenteId, nummer));
        return nummer;
    }

    private void controleerPortefeuillehouder(long gemeenteId, VoorstelGegevens gegevens) {
        if (gegevens.portefeuillehouderId() != null
                && college.collegelid(gemeenteId, gegevens.portefeuillehouderId()).isEmpty()) {
            throw DomeinregelException.voorVeld("portefeuillehouderId", "collegevoorstel.portefeuillehouder.onbekend");
        }
    }

    private void controleerEffect(long gemeenteId, Effect effect, Effect vorige) {
        if (effect != null && effect.collegelidId() != null
                && college.collegelid(gemeenteId, effect.collegelidId()).isEmpty()) {
            throw DomeinregelException.voorVeld("effectCollegelidId", "besluitpunt.effect.collegelid.onbekend");
        }
        effectdoelen.controleer(gemeenteId, effect, vorige);
    }

    private static String effectTekst(Effect effect) {
        return effect == null ? "" : " (effect " + effect.soort()
                + (effect.doelIds().isEmpty() ? "" : " " + effect.doelIds()) + ")";
    }

    Collegevoorstel gevonden(Gebruiker gebruiker, long id) {
        return voorstellen.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }

    /** Loads for a change and refuses when someone else changed the voorstel since the form was opened. */
    private Collegevoorstel actueel(Gebruiker gebruiker, long id, long versie) {
        var voorstel = gevonden(gebruiker, id);
        if (voorstel.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Collegevoorstel.class, id);
        }
        return voorstel;
    }

    private static Specification<Collegevoorstel> specificatie(long gemeenteId, VoorstelZoekopdracht zoek) {
        return (root, query, cb) -> {
            var voorwaarden = new ArrayList<Predicate>();
            voorwaarden.add(cb.equal(root.get("gemeenteId"), gemeenteId));
            if (StringUtils.hasText(zoek.tekst())) {
                var patroon = "%" + zoek.tekst().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                voorwaarden.add(cb.or(cb.like(cb.lower(root.get("onderwerp")), patroon, '\\'),
                        cb.like(cb.lower(root.get("zaaknummer")), patroon, '\\')));
            }
            if (zoek.status() != null) {
                voorwaarden.add(cb.equal(root.get("status"), zoek.status()));
            }
            return cb.and(voorwaarden.toArray(Predicate[]::new));
        };
    }
}
