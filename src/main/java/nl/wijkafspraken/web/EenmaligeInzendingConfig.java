package nl.wijkafspraken.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkafspraken.gedeeld.EenmaligeInzending;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Hooks {@link EenmaligeInzendingen} into Spring MVC around each {@link EenmaligeInzending} method, argument binding
 * and validation included, so that no controller repeats the mechanism.
 */
@Configuration(proxyBeanMethods = false)
class EenmaligeInzendingConfig {

    @Bean
    WebMvcRegistrations eenmaligeInzendingRegistratie(ObjectProvider<EenmaligeInzendingen> inzendingen) {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new Adapter(inzendingen);
            }
        };
    }

    private static final class Adapter extends RequestMappingHandlerAdapter {

        private final ObjectProvider<EenmaligeInzendingen> inzendingen;

        Adapter(ObjectProvider<EenmaligeInzendingen> inzendingen) {
            this.inzendingen = inzendingen;
        }

        @Override
        protected ModelAndView invokeHandlerMethod(HttpServletRequest request, HttpServletResponse response,
                HandlerMethod handlerMethod) throws Exception {
            if (!handlerMethod.hasMethodAnnotation(EenmaligeInzending.class)) {
                return super.invokeHandlerMethod(request, response, handlerMethod);
            }
            return inzendingen.getObject().verwerk(request,
                    () -> super.invokeHandlerMethod(request, response, handlerMethod));
        }
    }
}
