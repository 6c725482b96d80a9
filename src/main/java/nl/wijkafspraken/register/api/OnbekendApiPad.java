package nl.wijkafspraken.register.api;

import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path under /api: a 404 as JSON (problem details), not the HTML error page. */
@RestController
@Hidden
class OnbekendApiPad {

    @RequestMapping("/api/**")
    void onbekend() {
        throw new NietGevondenException("Pad", "/api");
    }
}
