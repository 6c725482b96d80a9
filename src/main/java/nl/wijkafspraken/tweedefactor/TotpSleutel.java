package nl.wijkafspraken.tweedefactor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An account's TOTP secret, encrypted, and the last time step accepted (against replay). */
@Entity
class TotpSleutel {

    @Id
    private Long accountId;
    private String geheimVersleuteld;
    private Long laatsteTijdstap;
    private Instant ingesteldOp;

    protected TotpSleutel() {
    }

    TotpSleutel(long accountId, String geheimVersleuteld, long tijdstap, Instant ingesteldOp) {
        this.accountId = accountId;
        this.geheimVersleuteld = geheimVersleuteld;
        this.laatsteTijdstap = tijdstap;
        this.ingesteldOp = ingesteldOp;
    }

    void gebruikt(long tijdstap) {
        this.laatsteTijdstap = tijdstap;
    }

    Long getAccountId() {
        return accountId;
    }

    String getGeheimVersleuteld() {
        return geheimVersleuteld;
    }

    Long getLaatsteTijdstap() {
        return laatsteTijdstap;
    }

    Instant getIngesteldOp() {
        return ingesteldOp;
    }
}
