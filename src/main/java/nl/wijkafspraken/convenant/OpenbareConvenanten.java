package nl.wijkafspraken.convenant;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegInfo;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The convenanten wijkbeheer as anyone may read them without logging in (module register): all of the gemeente, in
 * force or withdrawn (archive law keeps them), see {@link OpenbaarConvenant}. Asks nobody who is logged in. This
 * module does not know which besluiten are published: the caller passes, per besluit id, the identificatie of
 * the published besluit (or null).
 */
@Service
@Transactional(readOnly = true)
public class OpenbareConvenanten {

    private final ConvenantRepository convenanten;
    private final WijkoverlegService wijkoverleggen;
    private final AfsprakenService afspraken;

    OpenbareConvenanten(ConvenantRepository convenanten, WijkoverlegService wijkoverleggen,
            AfsprakenService afspraken) {
        this.convenanten = convenanten;
        this.wijkoverleggen = wijkoverleggen;
        this.afspraken = afspraken;
    }

    /** The convenanten of the gemeente by date of signing and title. */
    public List<OpenbaarConvenant> convenanten(long gemeenteId, LongFunction<String> gepubliceerdBesluit) {
        Map<Long, String> namen = wijkoverleggen.register(gemeenteId).stream()
                .collect(Collectors.toMap(WijkoverlegInfo::id, WijkoverlegInfo::naam));
        return convenanten.findByGemeenteIdOrderByDatumOndertekendAscTitelAsc(gemeenteId).stream().map(c -> {
            var i = c.getIntrekking();
            OpenbaarConvenant.Intrekking intrekking = null;
            if (i != null) {
                var besluit = gepubliceerdBesluit.apply(i.getBesluitId());
                var gepubliceerd = besluit != null;
                var vervangend = i.getVervangendeAfsprakenId();
                intrekking = new OpenbaarConvenant.Intrekking(i.getVervaldatum(), i.getVervalreden(),
                        gepubliceerd ? i.getBesluitId() : null, besluit, gepubliceerd ? i.getBesluitpuntId() : null,
                        vervangend,
                        vervangend == null ? null : afspraken.titel(gemeenteId, vervangend).orElse(null));
            }
            return new OpenbaarConvenant(c.getId(), c.getTitel(), c.getPartij(),
                    c.getWijkoverlegId() == null ? null : namen.get(c.getWijkoverlegId()), c.getDatumOndertekend(),
                    intrekking);
        }).toList();
    }
}
