package nl.wijkafspraken.hulp.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkafspraken.hulp.Gids;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The chapter the Help link of the layout opens: the one about the current page, or none (the link then opens the
 * index). Set as the request attribute {@code hulp}, which a template reads like a model attribute, before the
 * handler runs: so it is there also on a page that an exception handler or the error page renders (an expired
 * signing link, a 404), where the model of a {@code @ControllerAdvice} is not. A page may set its own {@code hulp}
 * model attribute, which wins. Matches paths only, no database.
 */
@Configuration(proxyBeanMethods = false)
class HulpConfig implements WebMvcConfigurer {

    static final String ATTRIBUUT = "hulp";

    private final Gids gids;

    HulpConfig(Gids gids) {
        this.gids = gids;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(ATTRIBUUT) == null) {
                    var pad = request.getRequestURI().substring(request.getContextPath().length());
                    gids.over(pad).ifPresent(h -> request.setAttribute(ATTRIBUUT, h.naam()));
                }
                return true;
            }
        });
    }
}
