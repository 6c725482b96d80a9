package nl.wijkafspraken.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions live in PostgreSQL (Spring Session JDBC, tables from V54), shared by every instance of the app; their
 * attributes are stored with Java serialisation. An attribute that can no longer be read, because an upgrade
 * changed or removed its class while the session was open, is dropped with one warning instead of failing every
 * request of that session with a server error: the user has to log in again (a lost security context) or loses that
 * one attribute, e.g. a flash message.
 */
@Configuration(proxyBeanMethods = false)
class Sessieopslag {

    private static final Log log = LogFactory.getLog(Sessieopslag.class);

    /**
     * Two requests of one session at the same time (a double click, a page and its htmx request) may both add the
     * same attribute, e.g. the flash message; Spring Session's plain INSERT then fails the second with a unique
     * violation (a 500). On PostgreSQL the insert becomes an upsert, as Spring Session's reference suggests.
     */
    static final String ATTRIBUUT_OPSLAAN = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> onleesbareSessieattributenVervallen() {
        return sessies -> {
            sessies.setConversionService(conversie(Sessieopslag.class.getClassLoader()));
            sessies.setCreateSessionAttributeQuery(ATTRIBUUT_OPSLAAN);
        };
    }

    static ConversionService conversie(ClassLoader classLoader) {
        var lezer = new DeserializingConverter(classLoader);
        var conversie = new GenericConversionService();
        conversie.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversie.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return lezer.convert(bytes);
            } catch (SerializationFailedException e) {
                log.warn("Onleesbaar sessieattribuut genegeerd (klasse gewijzigd na een upgrade?): "
                        + e.getMostSpecificCause());
                return null;
            }
        });
        return conversie;
    }
}
