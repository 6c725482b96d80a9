package nl.wijkafspraken.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Spring MVC additions shared by every page. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final MessageSource berichten;

    WebConfig(MessageSource berichten) {
        this.berichten = berichten;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Foutoverzicht(berichten));
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
}
