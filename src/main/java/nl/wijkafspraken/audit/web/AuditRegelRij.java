package nl.wijkafspraken.audit.web;

import java.time.Instant;
import java.util.List;

/**
 * One line as the screen shows it, in Dutch words: the moment as "3 december 2026 14:05" in the clock's zone, the
 * action and object type by their Dutch names, the link to the object's page when the reader may open it (else
 * null), the summary with codes and ISO dates made readable, and the changed fields apart for a collapsed list.
 */
record AuditRegelRij(Instant tijdstip, String tijd, String gebruikersnaam, String actie, String actieNaam,
        String object, String link, String omschrijving, List<Veldwijziging> wijzigingen, String ipAdres) {
}
