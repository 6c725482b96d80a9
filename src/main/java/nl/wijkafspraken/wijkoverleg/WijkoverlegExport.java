package nl.wijkafspraken.wijkoverleg;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.gemeente.WijkInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the active gemeente as rows for a file: each wijkoverleg that matches the search of the list, with
 * its current bestuur and its standing under the current afspraken. For the medewerkers who read the whole register
 * (a BESTUURSLID, who reads only their own wijkoverleg, gets 403: the export is the gemeente's overview). The board
 * members' e-mail and telephone go only to those who keep the register (AMBTENAAR, BEHEERDER): a file leaves the
 * application and is passed on, so it carries personal data only for whom needs it to reach the boards.
 *
 * <p>Read in slices of {@value #SNEDE} wijkoverleggen (each slice: one query, the wijken and bestuursleden of all of
 * them in one batch each), written as they come and then let go, so a large gemeente does not fill the memory.
 */
@Service
@Transactional(readOnly = true)
public class WijkoverlegExport {

    static final int SNEDE = 200;

    private final WijkoverlegRepository wijkoverleggen;
    private final GemeenteService gemeenten;
    private final Rechten rechten;
    private final ObjectProvider<Partijstanden> partijstanden;
    private final EntityManager entityManager;
    private final Clock clock;

    WijkoverlegExport(WijkoverlegRepository wijkoverleggen, GemeenteService gemeenten, Rechten rechten,
            ObjectProvider<Partijstanden> partijstanden, EntityManager entityManager, Clock clock) {
        this.wijkoverleggen = wijkoverleggen;
        this.gemeenten = gemeenten;
        this.rechten = rechten;
        this.partijstanden = partijstanden;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Refuses (403) before anything is written, so that a refused download never starts a file. */
    public void vereisToegang() {
        rechten.vereis(Actie.WIJKOVERLEGGEN_LEZEN);
    }

    public void exporteer(WijkoverlegZoekopdracht zoekopdracht, Exportschrijver schrijver) {
        var gebruiker = rechten.vereis(Actie.WIJKOVERLEGGEN_LEZEN);
        var metContact = Rechten.mag(gebruiker, Actie.WIJKOVERLEGGEN_BEHEREN);
        var vandaag = LocalDate.now(clock);
        var wijkNamen = gemeenten.wijken().stream().collect(Collectors.toMap(WijkInfo::id, WijkInfo::naam));
        var standen = partijstanden.stream().findFirst().map(p -> p.van(gebruiker.gemeenteId(), vandaag))
                .orElse(Map.of());
        var specificatie = WijkoverlegService.specificatie(gebruiker, zoekopdracht);
        schrijver.begin(metContact);
        for (int nummer = 0; ; nummer++) {
            var snede = wijkoverleggen.findAll(specificatie, PageRequest.of(nummer, SNEDE, Sort.by("naam", "id")));
            snede.forEach(w -> schrijf(w, wijkNamen, standen.get(w.getId()), metContact, vandaag, schrijver));
            if (!snede.hasNext()) {
                return;
            }
            entityManager.clear();
        }
    }

    private static void schrijf(Wijkoverleg w, Map<Long, String> wijkNamen, Partijstand stand, boolean metContact,
            LocalDate vandaag, Exportschrijver schrijver) {
        var wijken = w.getWijkIds().stream().map(wijkNamen::get).sorted().toList();
        var bestuur = w.bestuurOp(vandaag);
        if (bestuur.isEmpty()) {
            schrijver.regel(new Exportregel(w.getNaam(), wijken, w.getStatus(), w.getOprichtingsdatum(),
                    w.getAantalTekenbevoegden(), w.getContactadres(), null, null, null, null, null, null, stand));
            return;
        }
        bestuur.forEach(b -> schrijver.regel(new Exportregel(w.getNaam(), wijken, w.getStatus(),
                w.getOprichtingsdatum(), w.getAantalTekenbevoegden(), w.getContactadres(), b.getNaam(),
                b.getFunctie(), b.isTekenbevoegd(), b.getStartdatum(), metContact ? b.getEmail() : null,
                metContact ? b.getTelefoon() : null, stand)));
    }
}
