package nl.wijkafspraken.afspraken;

import java.time.LocalDate;

/**
 * A wijkoverleg and the gemeente have both signed a vastgestelde version: published by the ondertekening module,
 * carried out here by {@link OndertekeningRegistratie}. Lives in this module so that the ondertekening module can
 * tell it without this module knowing the ondertekening module.
 *
 * @param ondertekendOp the day the last of the signatures was placed (Dutch time)
 * @param kenmerk       a reference to the evidence in the ondertekening module, at most 200 characters
 */
public record OndertekeningVoltooid(long gemeenteId, long versieId, long wijkoverlegId, LocalDate ondertekendOp,
        String kenmerk) {
}
