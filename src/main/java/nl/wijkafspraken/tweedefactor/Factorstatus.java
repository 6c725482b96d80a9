package nl.wijkafspraken.tweedefactor;

import java.util.List;
import nl.wijkafspraken.account.Inlogprofiel;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/** Which second factors an account has enrolled: its passkeys and its TOTP secret. */
@Component
class Factorstatus {

    private final PublicKeyCredentialUserEntityRepository gebruikers;
    private final UserCredentialRepository passkeys;
    private final TotpSleutelRepository totp;

    Factorstatus(PublicKeyCredentialUserEntityRepository gebruikers, UserCredentialRepository passkeys,
            TotpSleutelRepository totp) {
        this.gebruikers = gebruikers;
        this.passkeys = passkeys;
        this.totp = totp;
    }

    boolean heeftTweedeFactor(Inlogprofiel account) {
        return totp.existsById(account.accountId()) || !passkeys(account).isEmpty();
    }

    boolean heeftTotp(Inlogprofiel account) {
        return totp.existsById(account.accountId());
    }

    List<CredentialRecord> passkeys(Inlogprofiel account) {
        var gebruiker = gebruikers.findByUsername(account.gebruikersnaam());
        return gebruiker == null ? List.of() : passkeys.findByUserId(gebruiker.getId());
    }
}
