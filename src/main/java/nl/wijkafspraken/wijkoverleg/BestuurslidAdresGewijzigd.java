package nl.wijkafspraken.wijkoverleg;

import java.time.Instant;

/**
 * The e-mail address of a bestuurslid changed in the register (at once by the gemeente, or on approval of a board
 * member's request). Published synchronously inside the transaction of the change, so that whatever was sent to the
 * old address (an open signing invitation) dies in the same commit as the address.
 *
 * @param bestuurslidId the period of the member whose address changed (a new functie starts a new period with a
 *                      new id; this is the one that held the old address)
 */
public record BestuurslidAdresGewijzigd(long gemeenteId, long wijkoverlegId, long bestuurslidId, String oudEmail,
        String nieuwEmail, Instant tijdstip) {
}
