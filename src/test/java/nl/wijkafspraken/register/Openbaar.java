package nl.wijkafspraken.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.wijkafspraken.opmaak.PdfTekst;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A visitor without login, over real HTTP (all filters, Spring Security included): fetches public pages and API
 * answers, and crawls them by following their links.
 */
final class Openbaar {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int poort;

    Openbaar(int poort) {
        this.poort = poort;
    }

    /** One answer: status, content type, the body as bytes and as readable text (a PDF's extracted text). */
    record Antwoord(String pad, int status, String type, byte[] inhoud, Map<String, List<String>> headers) {

        String tekst() {
            if (type.startsWith("application/pdf")) {
                return String.join("\n", PdfTekst.van(inhoud).paginas());
            }
            return new String(inhoud, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(inhoud);
        }

        @Override
        public String toString() {
            return pad + " " + status + " " + type;
        }

        String header(String naam) {
            return headers.getOrDefault(naam.toLowerCase(), List.of()).stream().findFirst().orElse(null);
        }
    }

    Antwoord get(String pad, String... headers) {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            verzoek.header(headers[i], headers[i + 1]);
        }
        return verstuur(pad, verzoek.build());
    }

    Antwoord verstuur(String pad, HttpRequest verzoek) {
        try {
            var antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
            var headers = new LinkedHashMap<String, List<String>>();
            antwoord.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), v));
            return new Antwoord(pad, antwoord.statusCode(),
                    antwoord.headers().firstValue("content-type").orElse(""), antwoord.body(), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Visits the starting points and every link they lead to that {@code volgen} accepts, each once. */
    Map<String, Antwoord> crawl(List<String> begin, Predicate<String> volgen, int maximum) {
        var bezocht = new LinkedHashMap<String, Antwoord>();
        var rij = new ArrayDeque<>(begin);
        while (!rij.isEmpty() && bezocht.size() < maximum) {
            var pad = rij.poll();
            if (bezocht.containsKey(pad)) {
                continue;
            }
            var antwoord = get(pad);
            bezocht.put(pad, antwoord);
            if (antwoord.status() != 200) {
                continue;
            }
            for (var link : links(antwoord)) {
                if (volgen.test(link) && !bezocht.containsKey(link)) {
                    rij.add(link);
                }
            }
        }
        return bezocht;
    }

    /** The links of a page (href) or of a JSON answer (every string that is a path), without fragment. */
    static List<String> links(Antwoord antwoord) {
        var links = new ArrayList<String>();
        if (antwoord.type().startsWith("text/html")) {
            var m = HREF.matcher(antwoord.tekst());
            while (m.find()) {
                links.add(m.group(1).replace("&amp;", "&"));
            }
        } else if (antwoord.type().contains("json")) {
            verzamel(antwoord.json(), links);
        }
        return links.stream().filter(l -> l.startsWith("/")).map(l -> l.contains("#") ? l.substring(0, l.indexOf('#'))
                : l).filter(l -> !l.isEmpty()).toList();
    }

    private static void verzamel(JsonNode node, List<String> links) {
        if (node.isString()) {
            links.add(node.asString());
        } else if (node.isContainer()) {
            node.values().forEach(kind -> verzamel(kind, links));
        }
    }
}
