package nl.wijkafspraken.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the test context: the real time in Dutch time, unless a test puts it on a date for the duration of
 * a call ({@link #op}). Replaces the application's clock for every bean, in the one shared context, so rules that
 * depend on today (the term, the renewal) can be tested on fixed dates through the real services.
 */
public class TestKlok extends Clock {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private volatile Clock huidig = Clock.system(NEDERLAND);
    /** The one instance of the shared context, for helpers without injection ({@link #nu()}). */
    private static volatile TestKlok actief;

    public TestKlok() {
        actief = this;
    }

    /**
     * Makes this the clock of {@link #nu()} again, after a second application context in the same JVM (the one test
     * of several instances, web/MeerdereInstantiesTest) made a TestKlok of its own.
     */
    public void maakActief() {
        actief = this;
    }

    /** The test clock's time, or the real time before the context exists. */
    public static Instant nu() {
        var klok = actief;
        return klok == null ? Instant.now() : klok.instant();
    }

    /** Runs the call with today on the given date (noon, Dutch time), then puts the clock back. */
    public <T> T op(LocalDate datum, Supplier<T> actie) {
        huidig = Clock.fixed(datum.atTime(12, 0).atZone(NEDERLAND).toInstant(), NEDERLAND);
        try {
            return actie.get();
        } finally {
            huidig = Clock.system(NEDERLAND);
        }
    }

    public void op(LocalDate datum, Runnable actie) {
        op(datum, () -> {
            actie.run();
            return null;
        });
    }

    @Override
    public ZoneId getZone() {
        return huidig.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return huidig.withZone(zone);
    }

    @Override
    public Instant instant() {
        return huidig.instant();
    }

    @Configuration(proxyBeanMethods = false)
    static class TestKlokConfig {

        @Bean
        @Primary
        TestKlok testKlok() {
            return new TestKlok();
        }
    }
}
