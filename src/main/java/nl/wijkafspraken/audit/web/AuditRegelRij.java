package nl.wijkafspraken.audit.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import nl.wijkafspraken.audit.AuditRegel;

/**
 * One line as the screen shows it: the UTC instant also as local time in the clock's zone (Dutch time), so the
 * template does not depend on the server's time zone.
 */
record AuditRegelRij(Instant tijdstip, LocalDateTime lokaalTijdstip, String gebruikersnaam, String actie,
        String objecttype, String objectId, String samenvatting, String ipAdres) {

    static AuditRegelRij van(AuditRegel regel, ZoneId zone) {
        return new AuditRegelRij(regel.getTijdstip(), LocalDateTime.ofInstant(regel.getTijdstip(), zone),
                regel.getGebruikersnaam(), regel.getActie(), regel.getObjecttype(), regel.getObjectId(),
                regel.getSamenvatting(), regel.getIpAdres());
    }
}
