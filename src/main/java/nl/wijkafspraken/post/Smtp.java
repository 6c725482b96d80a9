package nl.wijkafspraken.post;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The SMTP server: Boot's {@link JavaMailSender}, which exists only when {@code spring.mail.host} is set. Asked at
 * every message rather than once at start, so that the tests, which share one Spring context without
 * {@code spring.mail.host}, can switch a GreenMail server on and off through a subclass (test source
 * {@code TestSmtp}) instead of starting a second context with other properties.
 */
@Component
class Smtp {

    private final ObjectProvider<JavaMailSender> afzender;

    Smtp(ObjectProvider<JavaMailSender> afzender) {
        this.afzender = afzender;
    }

    /** The configured server, or empty: then messages stay in the outbox, unsent. */
    Optional<JavaMailSender> server() {
        return Optional.ofNullable(afzender.getIfAvailable());
    }
}
