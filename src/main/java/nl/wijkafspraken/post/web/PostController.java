package nl.wijkafspraken.post.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import nl.wijkafspraken.post.PostService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox of the active gemeente for its BEHEERDER: the list, newest first, and one message. */
@Controller
class PostController {

    static final int PAGINAGROOTTE = 20;
    /** The id breaks ties between messages of the same moment, so paging never skips or repeats one. */
    private static final Sort NIEUWSTE_EERST = Sort.by(Sort.Order.desc("aangemaakt"), Sort.Order.desc("id"));

    private final PostService post;
    private final Clock clock;

    PostController(PostService post, Clock clock) {
        this.post = post;
        this.clock = clock;
    }

    @GetMapping("/beheer/post")
    String lijst(@RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("berichten",
                post.uitgaandeBerichten(PageRequest.of(Math.max(pagina, 0), PAGINAGROOTTE, NIEUWSTE_EERST)));
        model.addAttribute("zone", clock.getZone());
        return "post/lijst";
    }

    @GetMapping("/beheer/post/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("bericht", post.uitgaandBericht(id));
        model.addAttribute("zone", clock.getZone());
        return "post/detail";
    }

    @GetMapping("/beheer/post/{id}/bijlagen/{volgnummer}")
    ResponseEntity<byte[]> bijlage(@PathVariable long id, @PathVariable int volgnummer) {
        var bijlage = post.bijlage(id, volgnummer);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(bijlage.mime()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(bijlage.naam(), StandardCharsets.UTF_8).build().toString())
                .body(bijlage.inhoud());
    }
}
