package nl.wijkafspraken.tweedefactor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One recovery code of an account: only its hash, and when it was used (once). */
@Entity
class Herstelcode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long accountId;
    private String codeHash;
    private Instant gebruiktOp;

    protected Herstelcode() {
    }

    Herstelcode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    void gebruik(Instant nu) {
        this.gebruiktOp = nu;
    }

    boolean isGebruikt() {
        return gebruiktOp != null;
    }

    String getCodeHash() {
        return codeHash;
    }
}
