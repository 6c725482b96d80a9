package nl.wijkafspraken.ondertekening;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    public Optional<Partijbewijs> bewijs(long gemeenteId, long versieId, long wijkoverlegId) {
        return rondes.findByGemeenteIdOrderByGestartOpDescIdDesc(gemeenteId).stream()
                .filter(r -> r.getVersieId() == versieId)
                .filter(r -> r.wijkoverleg(wijkoverlegId).map(Rondepartij::isGemeld).orElse(false))
                .max(Comparator.comparing(Ronde::getGestartOp))
                .map(r -> new Partijbewijs(ondertekening.handtekeningen(gemeenteId, r.getId(), wijkoverlegId),
                        documenten.opKenmerk(gemeenteId, Verzegeling.kenmerk(r.getId(), wijkoverlegId))
                                .map(VerzegeldDocument::sha256).orElse(null)));
    }
}
