package nl.wijkafspraken.post;

import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server of the tests, switched per test instead of configured per context. All full-stack tests share one
 * Spring context without {@code spring.mail.host} (so, as in the default run, mail stays in the outbox); a test
 * that needs a real SMTP server starts GreenMail on a free port and points this bean at it, and switches it off
 * again afterwards. A second context with other mail properties would double the start-up time and the memory.
 * Being a component in the test sources, it is part of that one context, and replaces {@link Smtp} there.
 */
@Primary
@Component
class TestSmtp extends Smtp {

    private volatile JavaMailSender server;

    TestSmtp(ObjectProvider<JavaMailSender> afzender) {
        super(afzender);
    }

    @Override
    Optional<JavaMailSender> server() {
        return Optional.ofNullable(server);
    }

    /** Mail goes to the SMTP server on this local port, as Boot's auto-configured sender would send it. */
    void gebruik(int poort) {
        var afzender = new JavaMailSenderImpl();
        afzender.setHost("localhost");
        afzender.setPort(poort);
        afzender.setDefaultEncoding("UTF-8");
        var eigenschappen = new Properties();
        eigenschappen.put("mail.smtp.connectiontimeout", "5000");
        eigenschappen.put("mail.smtp.timeout", "5000");
        afzender.setJavaMailProperties(eigenschappen);
        server = afzender;
    }

    /** Back to the default: no SMTP server. */
    void geen() {
        server = null;
    }
}
