package nl.wijkafspraken.audit;

import java.time.LocalDate;

/** What a BEHEERDER filters the audit trail on; every field is optional. */
public record AuditFilter(String gebruikersnaam, String objecttype, String actie, LocalDate van, LocalDate tot) {
}
