package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Every scheduled job of the app runs under a ShedLock lock that is held for at least one interval and at most a
 * bounded time, so that with several instances on one database each job runs once per interval, not once per
 * instance (issue 14, part 3). Read from the annotations of the beans of the running app, so that a job added
 * later without them fails here.
 */
@IntegratieTest
class GeplandeTakenTest {

    @Autowired
    ApplicationContext context;

    @Test
    void elkeGeplandeTaakHeeftEenSlotMetMinimaleEnMaximaleDuur() throws IOException {
        var taken = geplandeTaken();
        assertThat(taken).as("the app's scheduled jobs").hasSizeGreaterThanOrEqualTo(3);

        // Resolved as in production (application.properties), not with the test profile, which releases the lock.
        var productie = new StandardEnvironment();
        productie.getPropertySources().addFirst(new ResourcePropertySource("classpath:application.properties"));
        for (var taak : taken) {
            var naam = taak.getDeclaringClass().getSimpleName() + "." + taak.getName();
            var slot = AnnotatedElementUtils.findMergedAnnotation(taak, SchedulerLock.class);
            assertThat(slot).as(naam + " has @SchedulerLock").isNotNull();
            assertThat(slot.name()).as(naam + " lock name").isNotBlank();
            assertThat(slot.lockAtLeastFor()).as(naam + " lockAtLeastFor").isNotBlank();
            assertThat(slot.lockAtMostFor()).as(naam + " lockAtMostFor").isNotBlank();

            var gepland = AnnotatedElementUtils.findMergedAnnotation(taak, Scheduled.class);
            var interval = Duration.parse(productie.resolveRequiredPlaceholders(gepland.fixedDelayString()));
            var minimaal = Duration.parse(productie.resolveRequiredPlaceholders(slot.lockAtLeastFor()));
            var maximaal = Duration.parse(productie.resolveRequiredPlaceholders(slot.lockAtMostFor()));
            assertThat(minimaal).as(naam + ": held for one interval, so the other instances skip it")
                    .isEqualTo(interval);
            assertThat(maximaal).as(naam + ": a crashed instance's lock expires, and never before the minimum")
                    .isGreaterThanOrEqualTo(minimaal).isLessThanOrEqualTo(Duration.ofDays(1));
        }
    }

    private List<Method> geplandeTaken() {
        var taken = new ArrayList<Method>();
        for (var naam : context.getBeanDefinitionNames()) {
            var type = context.getType(naam);
            if (type == null) {
                continue;
            }
            // ShedLock's proxy is a subclass (CGLIB) of the job's class.
            var klasse = ClassUtils.getUserClass(type);
            if (!klasse.getPackageName().startsWith("nl.wijkafspraken")) {
                continue;
            }
            ReflectionUtils.doWithMethods(klasse, taken::add,
                    methode -> AnnotatedElementUtils.hasAnnotation(methode, Scheduled.class));
        }
        return taken;
    }
}
