package nl.wijkafspraken.afspraken;

import jakarta.persistence.Embeddable;

/** What an attending wijkoverleg said at a renewal meeting: what works, and what should change. */
@Embeddable
public record Evaluatie(Long wijkoverlegId, String watWerkt, String watAnders) {
}
