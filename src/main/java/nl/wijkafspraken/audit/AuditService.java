package nl.wijkafspraken.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
public class AuditService {

    static final String SYSTEEM = "systeem";
    private static final int MAX_SAMENVATTING = 1000;

    private final AuditRegelRepository regels;
    private final Rechten rechten;
    private final Clock clock;

    AuditService(AuditRegelRepository regels, Rechten rechten, Clock clock) {
        this.regels = regels;
        this.rechten = rechten;
        this.clock = clock;
    }

    /**
     * Appends a line for a change in the caller's transaction (MANDATORY: a change without a transaction would
     * leave the trail and the data apart). The summary must never hold a password or token.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreer(long gemeenteId, String actie, String objecttype, Object objectId, String samenvatting) {
        var tekst = samenvatting.length() > MAX_SAMENVATTING
                ? samenvatting.substring(0, MAX_SAMENVATTING - 1) + "…" : samenvatting;
        regels.save(new AuditRegel(clock.instant(), wie(), gemeenteId, actie, objecttype,
                objectId == null ? null : objectId.toString(), tekst, ipAdres()));
    }

    /**
     * Appends a line about a login attempt. No one is logged in yet, so the caller names the account concerned,
     * or passes null when no account has the name typed: that name may be a password typed in the wrong field, so
     * it never goes into the trail. {@code gemeenteId} is null for an attempt that belongs to no gemeente (an
     * unknown name, an IP address over its budget); such lines are kept but shown on no gemeente's screen.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreerInlog(Long gemeenteId, String gebruikersnaam, String actie, Object objectId,
            String samenvatting) {
        regels.save(new AuditRegel(clock.instant(), gebruikersnaam, gemeenteId, actie, "Account",
                objectId == null ? null : objectId.toString(), samenvatting, ipAdres()));
    }

    /**
     * The lines of the active gemeente; only for a BEHEERDER. The dates of the filter are days in Dutch time (the
     * clock's zone), the same time the screen shows. The caller chooses the order through the pageable.
     */
    @Transactional(readOnly = true)
    public Page<AuditRegel> zoek(AuditFilter filter, Pageable pageable) {
        return regels.findAll(specificatie(rechten.vereis(Actie.AUDITTRAIL_LEZEN).gemeenteId(), filter, clock.getZone()), pageable);
    }

    /** The object types that occur in the lines of the active gemeente, for the filter; only for a BEHEERDER. */
    @Transactional(readOnly = true)
    public List<String> objecttypen() {
        return regels.objecttypenIn(rechten.vereis(Actie.AUDITTRAIL_LEZEN).gemeenteId());
    }

    /** The actions that occur in the lines of the active gemeente, for the filter; only for a BEHEERDER. */
    @Transactional(readOnly = true)
    public List<String> acties() {
        return regels.actiesIn(rechten.vereis(Actie.AUDITTRAIL_LEZEN).gemeenteId());
    }

    private static Specification<AuditRegel> specificatie(long gemeenteId, AuditFilter filter, ZoneId zone) {
        return (root, query, cb) -> {
            var voorwaarden = new ArrayList<Predicate>();
            voorwaarden.add(cb.equal(root.get("gemeenteId"), gemeenteId));
            if (StringUtils.hasText(filter.gebruikersnaam())) {
                voorwaarden.add(cb.equal(cb.lower(root.get("gebruikersnaam")),
                        filter.gebruikersnaam().trim().toLowerCase()));
            }
            if (StringUtils.hasText(filter.objecttype())) {
                voorwaarden.add(cb.equal(root.get("objecttype"), filter.objecttype()));
            }
            if (StringUtils.hasText(filter.actie())) {
                voorwaarden.add(cb.equal(root.get("actie"), filter.actie()));
            }
            if (filter.van() != null) {
                voorwaarden.add(cb.greaterThanOrEqualTo(root.get("tijdstip"),
                        filter.van().atStartOfDay(zone).toInstant()));
            }
            if (filter.tot() != null) {
                voorwaarden.add(cb.lessThan(root.get("tijdstip"),
                        filter.tot().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(voorwaarden.toArray(Predicate[]::new));
        };
    }

    private String wie() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : SYSTEEM;
    }

    private static String ipAdres() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
