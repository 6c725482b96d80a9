package nl.wijkafspraken.tweedefactor;

import nl.wijkafspraken.account.AccountService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * The passkeys live in PostgreSQL (tables from V46), in Spring Security's own JDBC repositories; its WebAuthn
 * configuration (web/SecurityConfig) picks these beans up. The WebAuthn user entity's name is the account's user
 * name.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfig {

    @Bean
    PublicKeyCredentialUserEntityRepository publicKeyCredentialUserEntityRepository(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository userCredentialRepository(JdbcOperations jdbc, AccountService accounts,
            Factorregistratie registratie) {
        return new Passkeyopslag(jdbc, accounts, registratie);
    }
}
