package nl.wijkafspraken.tweedefactor;

import java.util.List;
import nl.wijkafspraken.account.AccountService;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's JDBC store of passkeys, with the enrolment of a new passkey in the audit trail: Spring's
 * registration endpoint saves it here and publishes nothing itself. A save of a known credential (the signature
 * counter after a login) is not an enrolment.
 */
class Passkeyopslag implements UserCredentialRepository {

    private final JdbcUserCredentialRepository opslag;
    private final AccountService accounts;
    private final Factorregistratie registratie;
    private final JdbcOperations jdbc;

    Passkeyopslag(JdbcOperations jdbc, AccountService accounts, Factorregistratie registratie) {
        this.opslag = new JdbcUserCredentialRepository(jdbc);
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.registratie = registratie;
    }

    @Override
    public void delete(Bytes credentialId) {
        opslag.delete(credentialId);
    }

    @Override
    public void save(CredentialRecord record) {
        boolean nieuw = opslag.findByCredentialId(record.getCredentialId()) == null;
        opslag.save(record);
        if (nieuw) {
            var naam = jdbc.query("select name from user_entities where id = ?",
                    rs -> rs.next() ? rs.getString(1) : null, record.getUserEntityUserId().toBase64UrlString());
            accounts.inlogprofiel(naam).ifPresent(account -> registratie.schrijf(account, Factorregistratie.INGESTELD,
                    "Passkey '" + record.getLabel() + "' toegevoegd"));
        }
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return opslag.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return opslag.findByUserId(userId);
    }
}
