package nl.wijkafspraken.ondertekening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wijkafspraken.zegel.VerzegeldDocument;
import nl.wijkafspraken.zegel.VerzegeldeDocumenten;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What may be shown publicly of a completed signature (system path, no user check): for a wijkoverleg and a
 * version, the signatures of the latest round in which both the wijkoverleg and the gemeente signed, and its sealed
 * document. Names, functions and times only, as on the signed document itself; never e-mail or IP.
 */
@Service
@Transactional(readOnly = true)
public class OndertekendePartijen {

    private final RondeRepository rondes;
    private final OndertekeningService ondertekening;
    private final VerzegeldeDocumenten documenten;

    OndertekendePartijen(RondeRepository rondes, OndertekeningService ondertekening,
            VerzegeldeDocumenten documenten) {
        this.rondes = rondes;
        this.ondertekening = ondertekening;
        this.documenten = documenten;
    }

    /** The signatures of the party and the gemeente, and the SHA-256 of the sealed document (null until sealed). */
    public record Partijbewijs(List<Handtekening> handtekeningen, String verzegeldSha256) {

        public Partijbewijs {
            handtekeningen = List.copyOf(handtekeningen);
        }
    }

    /**
     * Per wijkoverleg that has completed a signature of this version (with the gemeente), its evidence from the
     * latest such round; wijkoverleggen without one are absent. One look at the rounds for all parties of a page.
     */
    public Map<Long, Partijbewijs> perWijkoverleg(long gemeenteId, long versieId) {
        var bewijzen = new HashMap<Long, Partijbewijs>();
        rondes.findByGemeenteIdOrderByGestartOpDescIdDesc(gemeenteId).stream()
                .filter(r -> r.getVersieId() == versieId)
                .forEach(r -> r.wijkoverleggen().stream().filter(Rondepartij::isGemeld)
                        .forEach(p -> bewijzen.computeIfAbsent(p.getWijkoverlegId(), w -> new Partijbewijs(
                                ondertekening.handtekeningen(gemeenteId, r.getId(), w),
                                documenten.opKenmerk(gemeenteId, Verzegeling.kenmerk(r.getId(), w))
                                        .map(VerzegeldDocument::sha256).orElse(null)))));
        return bewijzen;
    }
}
