package nl.wijkafspraken.register.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import nl.wijkafspraken.register.SitemapService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the national Woo-index harvests (issue 18): {@code /robots.txt}, a sitemap index per gemeente and its
 * sitemaps with DiWoo metadata. No login, no session; a sitemap of 20,000 entries is written as it is made.
 */
@Controller
class SitemapController {

    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);
    private static final CacheControl EEN_UUR = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

    private final SitemapService sitemaps;

    SitemapController(SitemapService sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GetMapping(path = "/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .cacheControl(EEN_UUR).body(sitemaps.robots());
    }

    @GetMapping("/openbaar/{code}/sitemap.xml")
    ResponseEntity<String> index(@PathVariable String code) {
        return ResponseEntity.ok().contentType(XML).cacheControl(EEN_UUR).body(sitemaps.index(code));
    }

    @GetMapping("/openbaar/{code}/sitemap-besluiten-{blok}.xml")
    void besluiten(@PathVariable String code, @PathVariable int blok, HttpServletResponse response)
            throws IOException {
        xml(response);
        sitemaps.besluiten(code, blok, response.getWriter());
    }

    @GetMapping("/openbaar/{code}/sitemap-afspraken.xml")
    void afspraken(@PathVariable String code, HttpServletResponse response) throws IOException {
        xml(response);
        sitemaps.afspraken(code, response.getWriter());
    }

    private static void xml(HttpServletResponse response) {
        response.setContentType(XML.toString());
        response.setHeader("Cache-Control", EEN_UUR.getHeaderValue());
    }
}
