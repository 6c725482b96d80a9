package nl.wijkafspraken.gemeente;

import java.util.Collection;
import java.util.List;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class GemeenteService {

    private final GemeenteRepository gemeenten;
    private final WijkRepository wijken;
    private final HuidigeGebruiker huidigeGebruiker;
    private final AuditService audit;

    GemeenteService(GemeenteRepository gemeenten, WijkRepository wijken, HuidigeGebruiker huidigeGebruiker,
            AuditService audit) {
        this.gemeenten = gemeenten;
        this.wijken = wijken;
        this.huidigeGebruiker = huidigeGebruiker;
        this.audit = audit;
    }

    /** Creates a gemeente; used by set-up and demo data, which run without a logged-in user. */
    @Transactional
    public GemeenteInfo registreerGemeente(String code, String naam) {
        var gemeente = gemeenten.save(new Gemeente(code, naam));
        audit.registreer(gemeente.getId(), "AANGEMAAKT", "Gemeente", gemeente.getId(), "Gemeente " + naam);
        return GemeenteInfo.van(gemeente);
    }

    /**
     * Records the gemeente's CBS gemeentecode (four digits), for its TOOI identifier in the Woo sitemaps; used by
     * set-up and demo data, which run without a logged-in user.
     */
    @Transactional
    public void legCbsCodeVast(long gemeenteId, String cbsCode) {
        var gemeente = gemeenten.findById(gemeenteId).orElseThrow(() -> new NietGevondenException("Gemeente",
                gemeenteId));
        gemeente.legCbsCodeVast(cbsCode);
        audit.registreer(gemeenteId, "GEWIJZIGD", "Gemeente", gemeenteId, "CBS-gemeentecode " + cbsCode);
    }

    /** The wijken of the active gemeente, by name. */
    public List<WijkInfo> wijken() {
        return wijken.findByGemeenteIdOrderByNaam(huidigeGebruiker.get().gemeenteId()).stream()
                .map(WijkInfo::van).toList();
    }

    /** The wijken with these ids that belong to the given gemeente; ids of other gemeenten are left out. */
    public List<WijkInfo> wijken(long gemeenteId, Collection<Long> ids) {
        return wijken.findByGemeenteIdAndIdIn(gemeenteId, ids).stream().map(WijkInfo::van).toList();
    }

    public WijkInfo wijk(long id) {
        return wijken.findByIdAndGemeenteId(id, huidigeGebruiker.get().gemeenteId()).map(WijkInfo::van)
                .orElseThrow(() -> new NietGevondenException("Wijk", id));
    }

    @Transactional
    public WijkInfo registreerWijk(String naam) {
        var gebruiker = Rechten.vereis(huidigeGebruiker.get(), Actie.WIJKEN_BEHEREN);
        return registreerWijk(gebruiker.gemeenteId(), naam);
    }

    /** Creates a wijk in the given gemeente; for set-up and demo data, and behind the role check above. */
    @Transactional
    public WijkInfo registreerWijk(long gemeenteId, String naam) {
        controleerUniek(gemeenteId, naam, 0);
        var wijk = wijken.saveAndFlush(new Wijk(gemeenteId, naam.trim()));
        audit.registreer(gemeenteId, "AANGEMAAKT", "Wijk", wijk.getId(), "Wijk " + wijk.getNaam());
        return WijkInfo.van(wijk);
    }

    @Transactional
    public WijkInfo hernoemWijk(long id, long versie, String naam) {
        var gebruiker = Rechten.vereis(huidigeGebruiker.get(), Actie.WIJKEN_BEHEREN);
        var wijk = wijken.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException("Wijk", id));
        if (wijk.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Wijk.class, id);
        }
        controleerUniek(gebruiker.gemeenteId(), naam, id);
        var oud = wijk.getNaam();
        wijk.hernoem(naam.trim());
        wijken.flush();
        audit.registreer(gebruiker.gemeenteId(), "GEWIJZIGD", "Wijk", id, "Wijk " + oud + " hernoemd tot " + naam.trim());
        return WijkInfo.van(wijk);
    }

    private void controleerUniek(long gemeenteId, String naam, long id) {
        if (wijken.existsByGemeenteIdAndNaamIgnoreCaseAndIdNot(gemeenteId, naam.trim(), id)) {
            throw new DomeinregelException("wijk.naam.bestaat", naam.trim());
        }
    }
}
