package nl.wijkafspraken.hulp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.opmaak.Gidsopmaak;
import nl.wijkafspraken.opmaak.Gidsopmaak.Gidstekst;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The user guide: every chapter's Markdown read from {@code gids/} on the class path and rendered once, at start-up,
 * so that a page of the guide costs no database query and no parsing. A missing chapter file stops the start.
 */
@Component
public class Gids {

    /** Where the screenshots are served from ({@code static/hulp/afbeeldingen/} in the jar). */
    public static final String AFBEELDINGEN = "/hulp/afbeeldingen/";

    /** The index and the chapters for the board member: readable without login (SecurityConfig). */
    public static final String[] OPENBARE_PADEN = openbarePaden();

    private final Map<Hoofdstuk, Gidstekst> teksten = new EnumMap<>(Hoofdstuk.class);
    private final List<Map.Entry<PathPattern, Hoofdstuk>> paginas;

    Gids(Gidsopmaak opmaak) {
        for (var hoofdstuk : Hoofdstuk.values()) {
            teksten.put(hoofdstuk, opmaak.naarHtml(lees(hoofdstuk), AFBEELDINGEN));
        }
        var parser = PathPatternParser.defaultInstance;
        paginas = Arrays.stream(Hoofdstuk.values())
                .flatMap(h -> h.paginas().stream().map(p -> Map.entry(parser.parse(p), h)))
                // The most specific pattern first, so that the wethouder's signing page beats the round's page.
                .sorted(Map.Entry.comparingByKey(PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
    }

    public Gidstekst tekst(Hoofdstuk hoofdstuk) {
        return teksten.get(hoofdstuk);
    }

    public Optional<Hoofdstuk> hoofdstuk(String naam) {
        return Arrays.stream(Hoofdstuk.values()).filter(h -> h.naam().equals(naam)).findFirst();
    }

    /** The chapters for a role, in the order of the guide. */
    public List<Hoofdstuk> voor(Rol rol) {
        return Arrays.stream(Hoofdstuk.values()).filter(h -> h.rollen().contains(rol)).toList();
    }

    /** The chapter about the page at this path, if there is one. */
    public Optional<Hoofdstuk> over(String pad) {
        var container = PathContainer.parsePath(pad);
        return paginas.stream().filter(p -> p.getKey().matches(container)).map(Map.Entry::getValue).findFirst();
    }

    private static String lees(Hoofdstuk hoofdstuk) {
        var bestand = new ClassPathResource("gids/" + hoofdstuk.naam() + ".md");
        try (var in = bestand.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Hoofdstuk van de handleiding ontbreekt: " + bestand.getPath(), e);
        }
    }

    private static String[] openbarePaden() {
        var paden = Arrays.stream(Hoofdstuk.values()).filter(Hoofdstuk::openbaar).map(h -> "/hulp/" + h.naam());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("/hulp"), paden).toArray(String[]::new);
    }
}
