package nl.wijkafspraken.afspraken;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** That a party signed one version, and when; {@code kenmerk} refers to the evidence in the signing module. */
@Embeddable
public record Ondertekening(Long versieId, LocalDate ondertekendOp, String kenmerk) {
}
