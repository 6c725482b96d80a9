package nl.wijkafspraken.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import nl.wijkafspraken.gedeeld.Melding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Submits of create forms as a double click or a replay makes them (issue 14, part 4): the form's one-time token
 * taken from its page, several submits at the same moment, and the check that they made one record.
 */
@Component
public class Inzendingen {

    private static final Pattern TOKEN = Pattern.compile("name=\"_eenmalig\" value=\"([0-9a-f-]{36})\"");
    private static final int TEGELIJK = 3;

    private final ObjectProvider<MockMvc> mvcs;

    /** Lazily: the second instance of {@code MeerdereInstantiesTest} scans this class too, and has no MockMvc. */
    Inzendingen(ObjectProvider<MockMvc> mvcs) {
        this.mvcs = mvcs;
    }

    /** The one-time token of the (first) create form on the page, as the user sees it; fails when there is none. */
    public String token(String wie, String pagina) throws Exception {
        var html = mvcs.getObject().perform(get(pagina).with(user(wie))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var token = TOKEN.matcher(html);
        assertThat(token.find()).as("the form on %s carries its one-time token", pagina).isTrue();
        return token.group(1);
    }

    /** Runs the requests at the same moment, each on its own thread, and gives their answers in order. */
    public List<MvcResult> tegelijk(List<Callable<MvcResult>> verzoeken) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(verzoeken.size());
        try {
            var antwoorden = new ArrayList<Future<MvcResult>>();
            for (var verzoek : verzoeken) {
                antwoorden.add(pool.submit(() -> {
                    start.await();
                    return verzoek.call();
                }));
            }
            start.countDown();
            var resultaten = new ArrayList<MvcResult>();
            for (var antwoord : antwoorden) {
                resultaten.add(antwoord.get(60, TimeUnit.SECONDS));
            }
            return resultaten;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Three submits of the form on {@code pagina} at once with its token, then a replay: exactly one more record,
     * and every answer a redirect to the same page (the replay with "Dit formulier was al verzonden"). The request
     * is built per submit (on its own thread) from the token. Gives that page.
     */
    public String eenRecord(String wie, String pagina, Function<String, RequestBuilder> verzoek, IntSupplier aantal)
            throws Exception {
        var token = token(wie, pagina);
        int voor = aantal.getAsInt();
        var verzoeken = new ArrayList<Callable<MvcResult>>();
        for (int i = 0; i < TEGELIJK; i++) {
            verzoeken.add(() -> mvcs.getObject().perform(verzoek.apply(token)).andReturn());
        }
        var doelen = new HashSet<String>();
        for (var antwoord : tegelijk(verzoeken)) {
            assertThat(antwoord.getResponse().getStatus()).as("answer on %s", pagina).isEqualTo(302);
            doelen.add(antwoord.getResponse().getRedirectedUrl());
        }
        assertThat(doelen).as("every submit of the form on %s leads to one page", pagina).hasSize(1);
        assertThat(aantal.getAsInt()).as("records made by the form on %s", pagina).isEqualTo(voor + 1);

        var herhaling = mvcs.getObject().perform(verzoek.apply(token)).andReturn();
        var doel = doelen.iterator().next();
        assertThat(herhaling.getResponse().getRedirectedUrl()).isEqualTo(doel);
        assertThat(((Melding) herhaling.getFlashMap().get("melding")).code()).isEqualTo("formulier.alVerzonden");
        assertThat(aantal.getAsInt()).isEqualTo(voor + 1);
        return doel;
    }
}
