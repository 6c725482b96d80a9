package nl.wijkafspraken.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.scheduling.support.TaskUtils;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Spring MVC additions shared by every page. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private static final Log LOG = LogFactory.getLog(WebConfig.class);

    private final MessageSource berichten;

    WebConfig(MessageSource berichten) {
        this.berichten = berichten;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Foutoverzicht(berichten));
    }

    /** Dates in Dutch in every form and query string (issue 15 part 6); see {@link Datumformaat}. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new Datumformaat());
    }

    /**
     * The database-outage page, outermost but for the character encoding: it has to wrap Spring Security and any
     * filter that reads the session or the account from the database.
     */
    @Bean
    FilterRegistrationBean<Databasestoring> databasestoring(JsonMapper json) {
        var registratie = new FilterRegistrationBean<>(new Databasestoring(berichten, json));
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registratie;
    }

    /**
     * Spring Session's filter on error dispatches (so an error page knows who is logged in), except on the page of a
     * database outage: asking the session store there would fail on the same unreachable database, and the user
     * would get the servlet container's English page instead of ours. For requests, Boot registers the filter
     * ({@code spring.session.servlet.filter-dispatcher-types=async,request}).
     */
    @Bean
    FilterRegistrationBean<Filter> sessiesOpFoutpaginas(SessionRepositoryFilter<?> sessies) {
        Filter filter = (request, response, keten) -> {
            if (request.getAttribute(Databasestoring.MARKERING) != null) {
                keten.doFilter(request, response);
            } else {
                sessies.doFilter(request, response, keten);
            }
        };
        var registratie = new FilterRegistrationBean<>(filter);
        registratie.setDispatcherTypes(DispatcherType.ERROR);
        registratie.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registratie;
    }

    /** Replaces the DispatcherServlet's flash map manager (found by this bean name). */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new Flashberichten();
    }

    /**
     * A scheduled job (mail retries, reminders, the session store's clean-up) that fails because the database is
     * unreachable logs one WARN line, as a request does, instead of a stack trace every run; any other failure
     * keeps Spring's own handling (logged with its trace, the job runs again next time).
     */
    @Bean
    ThreadPoolTaskSchedulerCustomizer takenBijDatabasestoring() {
        return planner -> planner.setErrorHandler(fout -> {
            var oorzaak = Databasestoring.onbereikbaar(fout);
            if (oorzaak == null) {
                TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(fout);
                return;
            }
            LOG.warn("Database niet bereikbaar, geplande taak overgeslagen: " + oorzaak.getClass().getSimpleName()
                    + ": " + Databasestoring.eenRegel(oorzaak.getMessage()));
        });
    }
}
