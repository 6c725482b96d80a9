package nl.wijkafspraken.ondertekening;

import java.util.Locale;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.wijkoverleg.BestuurslidAdresGewijzigd;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Voids the open invitations of a bestuurslid whose e-mail address changed (issue 13, part 1). An invitation is bound
 * to the address it was sent to: once the register holds another address, its links and code no longer work and the
 * round page says why, so the civil servant invites anew, to the new address, knowingly.
 *
 * <p>A plain, synchronous {@link EventListener} on purpose, not an after-commit module listener: the address and the
 * invitation must change in the same transaction, or a link would work for a moment at an address that is no longer
 * the member's, and a crash in between would leave it working.
 */
@Component
class Adreswijziging {

    private final UitnodigingRepository uitnodigingen;
    private final RondeRepository rondes;
    private final AuditService audit;
    private final Gebeurtenissen gebeurtenissen;

    Adreswijziging(UitnodigingRepository uitnodigingen, RondeRepository rondes, AuditService audit,
            Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.uitnodigingen = uitnodigingen;
        this.rondes = rondes;
        this.audit = audit;
    }

    @EventListener
    void adresGewijzigd(BestuurslidAdresGewijzigd wijziging) {
        var oud = wijziging.oudEmail().strip().toLowerCase(Locale.ROOT);
        // The rounds' locks first, as every change in a round takes them (in id order, so two changes cannot
        // deadlock): a signature under way finishes before, or waits and then finds its link void.
        var rondeIds = uitnodigingen.rondesMetOpenUitnodiging(wijziging.gemeenteId(), wijziging.bestuurslidId());
        rondeIds.forEach(rondes::findForUpdate);
        uitnodigingen.findOpenVanBestuurslid(wijziging.gemeenteId(), wijziging.bestuurslidId()).stream()
                .filter(u -> u.getEmail().strip().toLowerCase(Locale.ROOT).equals(oud))
                .forEach(u -> {
                    u.vervalt(wijziging.tijdstip());
                    gebeurtenissen.van(u, Gebeurtenissoort.VERVALLEN, wijziging.tijdstip(), null);
                    var ronde = u.getPartij().getRonde();
                    audit.registreer(ronde.getGemeenteId(), "UITNODIGING_VERVALLEN", RondeService.OBJECTTYPE,
                            ronde.getId(), "Uitnodiging van " + u.getNaam() + " (" + u.getPartij().getNaam()
                                    + ") vervallen: e-mailadres gewijzigd in het register, was " + u.getEmail());
                });
        uitnodigingen.flush();
    }
}
