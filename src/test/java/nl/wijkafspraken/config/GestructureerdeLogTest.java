package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured logs with one property (issue 14, part 8): {@code logging.structured.format.console=ecs} turns every
 * console line into a JSON object in Elastic Common Schema, the default stays plain text. Runs Boot's start-up in a
 * child JVM ({@link LogProef}) with the test class path, as an operator would set the property.
 */
class GestructureerdeLogTest {

    private static final String GEEN_DATABASE = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/geen";

    @Test
    void metEcsIsElkeLogregelEenJsonObject() throws Exception {
        var regels = start("--logging.structured.format.console=ecs");

        assertThat(regels).isNotEmpty().allSatisfy(regel -> assertThat(regel).startsWith("{").endsWith("}"));
        var json = JsonMapper.builder().build();
        var proef = regels.stream().map(json::readTree)
                .filter(r -> LogProef.REGEL.equals(r.path("message").asString())).toList();
        assertThat(proef).singleElement().satisfies(r -> {
            assertThat(r.path("@timestamp").asString()).isNotBlank();
            assertThat(niveau(r)).isEqualTo("WARN");
            assertThat(r.path("ecs").path("version").asString()).isNotBlank();
        });
    }

    @Test
    void zonderDeEigenschapBlijftDeLogTekst() throws Exception {
        var regels = start();

        assertThat(regels).anySatisfy(regel -> assertThat(regel).contains("WARN").contains(LogProef.REGEL)
                .doesNotStartWith("{"));
    }

    /** ECS nests the level under log ({"log":{"level":…}}); older Boot versions wrote "log.level" flat. */
    private static String niveau(JsonNode regel) {
        var genest = regel.path("log").path("level").asString();
        return genest.isEmpty() ? regel.path("log.level").asString() : genest;
    }

    private static List<String> start(String... eigenschappen) throws IOException, InterruptedException {
        var opdracht = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), LogProef.class.getName(), GEEN_DATABASE,
                "--spring.main.banner-mode=off"));
        opdracht.addAll(List.of(eigenschappen));
        var bestand = Files.createTempFile("logproef", ".txt");
        try {
            var proces = new ProcessBuilder(opdracht).redirectOutput(bestand.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!proces.waitFor(90, TimeUnit.SECONDS)) {
                proces.destroyForcibly();
            }
            var uitvoer = Files.readString(bestand, StandardCharsets.UTF_8);
            assertThat(proces.isAlive()).as("the child JVM ended").isFalse();
            assertThat(proces.exitValue()).as(uitvoer).isZero();
            return uitvoer.lines().filter(regel -> !regel.isBlank()).toList();
        } finally {
            Files.delete(bestand);
        }
    }
}
