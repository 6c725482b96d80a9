package nl.wijkafspraken.ondertekening;

import java.time.LocalDateTime;

/**
 * An open invitation in a running round whose link expires soon or has expired unused: the civil servant may send it
 * again ({@link RondeService#stuurOpnieuw}) before the board member finds a dead link.
 */
public record VerlopendeLink(long rondeId, String naam, String partij, LocalDateTime geldigTot, boolean verlopen) {
}
