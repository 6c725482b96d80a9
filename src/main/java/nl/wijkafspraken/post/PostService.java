package nl.wijkafspraken.post;

import java.time.Clock;
import java.util.List;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gedeeld.Takenlijst;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends e-mail through the outbox, and shows the outbox of the active gemeente to its BEHEERDER. */
@Service
public class PostService {

    static final String OBJECTTYPE = "E-mail";
    static final String VERSTUURD = "EMAIL_VERSTUURD";

    private final UitgaandBerichtRepository berichten;
    private final Smtp smtp;
    private final AuditService audit;
    private final Rechten rechten;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostService(UitgaandBerichtRepository berichten, Smtp smtp, AuditService audit, Rechten rechten,
            ApplicationEventPublisher events, Clock clock) {
        this.berichten = berichten;
        this.smtp = smtp;
        this.audit = audit;
        this.rechten = rechten;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the message in the outbox in the caller's transaction (or a new one) and audits who sent what to
     * whom, without the text. It goes to the SMTP server only after that transaction commits, so a change that is
     * rolled back sends nothing; without an SMTP server it stays in the outbox, unsent. No role check: the calling
     * module decides who may cause a message.
     *
     * @return the id of the message in the outbox
     */
    @Transactional
    public long verstuur(Bericht bericht) {
        var viaSmtp = smtp.server().isPresent();
        var opgeslagen = berichten.save(new UitgaandBericht(bericht, viaSmtp, clock.instant()));
        audit.registreer(bericht.gemeenteId(), VERSTUURD, OBJECTTYPE, opgeslagen.getId(),
                "Aan " + bericht.aan() + ": " + bericht.onderwerp());
        if (viaSmtp) {
            events.publishEvent(new BerichtKlaargezet(opgeslagen.getId()));
        }
        return opgeslagen.getId();
    }

    /** The outbox of the active gemeente; only for its BEHEERDER. The caller chooses the order. */
    @Transactional(readOnly = true)
    public Page<BerichtRegel> uitgaandeBerichten(Pageable pageable) {
        return berichten.findByGemeenteId(rechten.vereis(Actie.POST_LEZEN).gemeenteId(), pageable).map(UitgaandBericht::alsRegel);
    }

    /**
     * The messages of the active gemeente whose delivery failed (being retried, or given up), newest first, for the
     * BEHEERDER's start page: the first few and how many in all.
     */
    @Transactional(readOnly = true)
    public Takenlijst<BerichtRegel> mislukteBerichten() {
        var gemeenteId = rechten.vereis(Actie.POST_LEZEN).gemeenteId();
        var pagina = berichten.findByGemeenteIdAndStatusIn(gemeenteId,
                List.of(Verzendstatus.MISLUKT, Verzendstatus.OPGEGEVEN),
                PageRequest.of(0, Takenlijst.KORT, Sort.by(Sort.Direction.DESC, "id")));
        return new Takenlijst<>(pagina.map(UitgaandBericht::alsRegel).getContent(), (int) pagina.getTotalElements());
    }

    /** One message of the active gemeente's outbox; another gemeente's message is "not found". */
    @Transactional(readOnly = true)
    public BerichtDetail uitgaandBericht(long id) {
        return vind(id).alsDetail();
    }

    /** An attachment of a message whose content the BEHEERDER may see (see {@link BerichtDetail}). */
    @Transactional(readOnly = true)
    public Bijlage bijlage(long berichtId, int volgnummer) {
        return vind(berichtId).zichtbareBijlage(volgnummer)
                .orElseThrow(() -> new NietGevondenException("Bijlage", berichtId + "/" + volgnummer));
    }

    private UitgaandBericht vind(long id) {
        return berichten.findByIdAndGemeenteId(id, rechten.vereis(Actie.POST_LEZEN).gemeenteId())
                .orElseThrow(() -> new NietGevondenException("Bericht", id));
    }
}
