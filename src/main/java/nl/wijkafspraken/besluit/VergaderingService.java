package nl.wijkafspraken.besluit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The B&W-vergaderingen of the active gemeente. The SECRETARIS plans them, sets the agenda, records each outcome
 * and closes them; every medewerker reads them. Recording conform advies or gewijzigd creates the besluit and, in
 * the same transaction, hands out the effects of its besluitpunten as events.
 */
@Service
@Transactional(readOnly = true)
public class VergaderingService {

    private static final String OBJECTTYPE = "BwVergadering";

    private final BwVergaderingRepository vergaderingen;
    private final CollegevoorstelRepository voorstellen;
    private final BesluitRepository besluiten;
    private final Nummerteller nummerteller;
    private final Effectopdrachten effecten;
    private final Weergaven weergaven;
    private final Rechten rechten;
    private final AuditService audit;
    private final Clock clock;

    VergaderingService(BwVergaderingRepository vergaderingen, CollegevoorstelRepository voorstellen,
            BesluitRepository besluiten, Nummerteller nummerteller, Effectopdrachten effecten, Weergaven weergaven,
            Rechten rechten, AuditService audit, Clock clock) {
        this.vergaderingen = vergaderingen;
        this.voorstellen = voorstellen;
        this.besluiten = besluiten;
        this.nummerteller = nummerteller;
        this.effecten = effecten;
        this.weergaven = weergaven;
        this.rechten = rechten;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<VergaderingRegel> zoek(VergaderingStatus status, Pageable pageable) {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        var pagina = status == null ? vergaderingen.findByGemeenteId(gebruiker.gemeenteId(), pageable)
                : vergaderingen.findByGemeenteIdAndStatus(gebruiker.gemeenteId(), status, pageable);
        return pagina.map(v -> new VergaderingRegel(v.getId(), v.getDatum(), v.getStatus(),
                v.getAgendapunten().size(), (int) v.getAgendapunten().stream().filter(Agendapunt::heeftUitkomst)
                        .count()));
    }

    public VergaderingOverzicht overzicht(long id) {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        var vergadering = gevonden(gebruiker, id);
        var agendeerbaar = vergadering.isGesloten() ? java.util.List.<VergaderingOverzicht.Agenderbaar>of()
                : voorstellen.findByGemeenteIdAndStatusOrderByZaaknummer(gebruiker.gemeenteId(),
                        VoorstelStatus.CONCEPT).stream()
                        .map(v -> new VergaderingOverzicht.Agenderbaar(v.getId(), v.getZaaknummer(), v.getOnderwerp()))
                        .toList();
        return new VergaderingOverzicht(vergadering, weergaven.besluitenlijst(vergadering), agendeerbaar,
                vergadering.volgendNummer(), Rechten.mag(gebruiker, Actie.VERGADERINGEN_BEHEREN));
    }

    /** The next planned meeting of the active gemeente, today's included; empty when none is planned. */
    public Optional<VolgendeVergadering> volgende() {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        return vergaderingen.komende(gebruiker.gemeenteId(), LocalDate.now(clock), Limit.of(1)).stream().findFirst();
    }

    /** The besluitenlijst: the read model for the PDF export. */
    public BesluitenlijstWeergave besluitenlijst(long id) {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        return weergaven.besluitenlijst(gevonden(gebruiker, id));
    }

    @Transactional
    public long plan(LocalDate datum) {
        var gebruiker = rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        if (datum == null) {
            throw DomeinregelException.voorVeld("datum", "vergadering.datum.verplicht");
        }
        if (vergaderingen.existsByGemeenteIdAndDatum(gebruiker.gemeenteId(), datum)) {
            throw DomeinregelException.voorVeld("datum", "vergadering.datum.bestaat");
        }
        var vergadering = vergaderingen.saveAndFlush(new BwVergadering(gebruiker.gemeenteId(), datum));
        audit.registreer(gebruiker.gemeenteId(), "AANGEMAAKT", OBJECTTYPE, vergadering.getId(),
                "B&W-vergadering van " + datum + " gepland");
        return vergadering.getId();
    }

    /** Puts a concept voorstel on the agenda: it becomes ter besluitvorming and can no longer be changed. */
    @Transactional
    public void agendeer(long id, long voorstelId, Integer nummer) {
        var gebruiker = rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        var vergadering = vergrendeld(gebruiker, id);
        var voorstel = voorstellen.findByIdAndGemeenteId(voorstelId, gebruiker.gemeenteId())
                .orElseThrow(() -> DomeinregelException.voorVeld("collegevoorstelId", "agendapunt.voorstel.onbekend"));
        var punt = vergadering.agendeer(voorstelId, nummer);
        voorstel.agendeer(clock.instant());
        vergaderingen.flush();
        audit.registreer(gebruiker.gemeenteId(), "GEAGENDEERD", OBJECTTYPE, id, "Collegevoorstel "
                + voorstel.getZaaknummer() + " als nr. " + punt.getNummer() + " op de agenda van " + vergadering.getDatum());
    }

    @Transactional
    public void haalVanAgenda(long id, long agendapuntId) {
        var gebruiker = rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        var vergadering = vergrendeld(gebruiker, id);
        var punt = vergadering.haalVanAgenda(agendapuntId);
        var voorstel = voorstel(gebruiker, punt.getCollegevoorstelId());
        voorstel.haalVanAgenda(clock.instant());
        vergaderingen.flush();
        audit.registreer(gebruiker.gemeenteId(), "VAN_AGENDA", OBJECTTYPE, id, "Collegevoorstel "
                + voorstel.getZaaknummer() + " (nr. " + punt.getNummer() + ") van de agenda van "
                + vergadering.getDatum() + " gehaald");
    }

    /** The agendapunt and its voorstel, to fill the outcome form. */
    public UitkomstFormulier uitkomstFormulier(long id, long agendapuntId) {
        var gebruiker = rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        var vergadering = gevonden(gebruiker, id);
        var punt = vergadering.agendapunt(agendapuntId);
        var voorstel = voorstel(gebruiker, punt.getCollegevoorstelId());
        voorstel.getBesluitpunten();
        return new UitkomstFormulier(vergadering, punt, voorstel);
    }

    /**
     * Records the college's outcome of an agendapunt. Conform advies and gewijzigd yield a besluit and hand out the
     * effects of its besluitpunten; afgewezen closes the voorstel without a besluit; aangehouden sends it back to
     * concept for a later meeting. Returns the id of the besluit, or null.
     */
    @Transactional
    public Long legUitkomstVast(long id, long agendapuntId, UitkomstGegevens gegevens) {
        var gebruiker = rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        var vergadering = vergrendeld(gebruiker, id);
        var punt = vergadering.legUitkomstVast(agendapuntId, gegevens.uitkomst(), LocalDate.now(clock),
                clock.instant());
        var voorstel = voorstel(gebruiker, punt.getCollegevoorstelId());
        voorstel.legUitkomstVast(gegevens.uitkomst(), gegevens.wijzigingen(), clock.instant());
        Besluit besluit = null;
        if (gegevens.uitkomst().leidtTotBesluit()) {
            var identificatie = nummerteller.volgendeBesluitidentificatie(gebruiker.gemeenteId(),
                    vergadering.getDatum().getYear());
            besluit = besluiten.saveAndFlush(new Besluit(gebruiker.gemeenteId(), voorstel.getId(), punt.getId(),
                    identificatie, vergadering.getDatum(), gegevens.besluit(), voorstel.isOpenbaar()));
        }
        vergaderingen.flush();
        audit.registreer(gebruiker.gemeenteId(), "UITKOMST_VASTGELEGD", OBJECTTYPE, id, "Nr. " + punt.getNummer()
                + " (" + voorstel.getZaaknummer() + ") van " + vergadering.getDatum() + ": " + gegevens.uitkomst());
        if (besluit != null) {
            var opdrachten = effecten.draagOp(besluit, voorstel, puntId -> false);
            audit.registreer(gebruiker.gemeenteId(), "AANGEMAAKT", BesluitService.OBJECTTYPE, besluit.getId(),
                    "Besluit " + besluit.getIdentificatie() + " op " + voorstel.getZaaknummer() + ", "
                            + opdrachten.size() + " effect(en) opgedragen");
            return besluit.getId();
        }
        return null;
    }

    /** Closes the meeting once every agendapunt has its outcome; its besluitenlijst is final from then on. */
    @Transactional
    public void sluit(long id) {
        var gebruiker = rechten.vereis(Actie.VERGADERINGEN_BEHEREN);
        var vergadering = vergrendeld(gebruiker, id);
        vergadering.sluit(clock.instant());
        vergaderingen.flush();
        audit.registreer(gebruiker.gemeenteId(), "GESLOTEN", OBJECTTYPE, id,
                "B&W-vergadering van " + vergadering.getDatum() + " gesloten; besluitenlijst definitief");
    }

    private BwVergadering gevonden(Gebruiker gebruiker, long id) {
        return vergaderingen.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }

    private BwVergadering vergrendeld(Gebruiker gebruiker, long id) {
        return vergaderingen.vergrendel(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }

    private Collegevoorstel voorstel(Gebruiker gebruiker, long voorstelId) {
        return voorstellen.findByIdAndGemeenteId(voorstelId, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(CollegevoorstelService.OBJECTTYPE, voorstelId));
    }
}
