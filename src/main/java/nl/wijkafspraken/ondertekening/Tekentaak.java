package nl.wijkafspraken.ondertekening;

import java.time.LocalDateTime;

/** A running round that waits for the gemeente's signature: what the wethouder with the mandaat must sign. */
public record Tekentaak(long rondeId, String titel, int versienummer, LocalDateTime gestartOp) {
}
