package nl.wijkafspraken.register.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The canonical address of every public page (issue 18: findable): {@code wijkafspraken.basis-url} plus the path,
 * with only the parameters that choose what the page shows, so that the same page behind a proxy, with a tracking
 * parameter or with {@code ?pagina=0} counts once. Error pages have none.
 */
@ControllerAdvice(assignableTypes = {RegisterController.class, AfsprakenpaginaController.class,
        BesluitpaginaController.class, ZoekController.class})
class RegisterKop {

    /** The parameters that change a public page's content, in a fixed order. */
    private static final List<String> INHOUDELIJK = List.of("vraag", "van", "naar", "pagina");

    private final String basisUrl;

    RegisterKop(@Value("${wijkafspraken.basis-url:http://localhost:8080}") String basisUrl) {
        this.basisUrl = basisUrl.strip().replaceAll("/+$", "");
    }

    @ModelAttribute("canoniek")
    String canoniek(HttpServletRequest request) {
        // The request URI is already encoded; only the parameter values are encoded here.
        var adres = new StringBuilder(basisUrl).append(request.getRequestURI());
        var scheiding = '?';
        for (var naam : INHOUDELIJK) {
            var waarde = request.getParameter(naam);
            if (waarde != null && !waarde.isBlank() && !("pagina".equals(naam) && "0".equals(waarde.strip()))) {
                adres.append(scheiding).append(naam).append('=')
                        .append(URLEncoder.encode(waarde.strip(), StandardCharsets.UTF_8));
                scheiding = '&';
            }
        }
        return adres.toString();
    }
}
