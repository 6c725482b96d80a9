package nl.wijkafspraken.wijkoverleg;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.gemeente.WijkInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of wijkoverleggen as anyone may read it without logging in (module register): name, wijken, status
 * with its dates and the public contact address, see {@link OpenbaarWijkoverleg}. Asks nobody who is logged in; the
 * caller names the gemeente, and another gemeente's wijkoverleg is never found.
 */
@Service
@Transactional(readOnly = true)
public class OpenbaarRegister {

    private final WijkoverlegRepository wijkoverleggen;
    private final GemeenteService gemeenten;

    OpenbaarRegister(WijkoverlegRepository wijkoverleggen, GemeenteService gemeenten) {
        this.wijkoverleggen = wijkoverleggen;
        this.gemeenten = gemeenten;
    }

    /** All wijkoverleggen of the gemeente, opgeheven ones included (the register keeps them), by name. */
    public List<OpenbaarWijkoverleg> wijkoverleggen(long gemeenteId) {
        var alle = wijkoverleggen.findByGemeenteIdOrderByNaam(gemeenteId);
        var wijken = wijknamen(gemeenteId, alle.stream().flatMap(w -> w.getWijkIds().stream()).toList());
        return alle.stream().map(w -> openbaar(w, wijken)).toList();
    }

    public Optional<OpenbaarWijkoverleg> wijkoverleg(long gemeenteId, long id) {
        return wijkoverleggen.findByIdAndGemeenteId(id, gemeenteId)
                .map(w -> openbaar(w, wijknamen(gemeenteId, w.getWijkIds())));
    }

    private Map<Long, String> wijknamen(long gemeenteId, Collection<Long> wijkIds) {
        return gemeenten.wijken(gemeenteId, wijkIds).stream()
                .collect(Collectors.toMap(WijkInfo::id, WijkInfo::naam, (a, b) -> a));
    }

    private static OpenbaarWijkoverleg openbaar(Wijkoverleg w, Map<Long, String> wijknamen) {
        var wijken = w.getWijkIds().stream().map(wijknamen::get).filter(naam -> naam != null).sorted().toList();
        var opgeheven = w.getStatus() == WijkoverlegStatus.OPGEHEVEN;
        return new OpenbaarWijkoverleg(w.getId(), w.getNaam(), wijken, w.getStatus(), w.getOprichtingsdatum(),
                opgeheven ? w.getOpheffingsdatum() : null, opgeheven ? null : leegIsNull(w.getContactadres()));
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
