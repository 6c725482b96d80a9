package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

/** The missing database becomes Boot's short failure report, in Dutch and English, with what to do. */
class GeenDatabaseAnalyzerTest {

    private final GeenDatabaseAnalyzer analyzer = new GeenDatabaseAnalyzer();

    @Test
    void eenStartZonderDatabaseZegtWatEnWatTeDoen() {
        var analyse = analyzer.analyze(GeenDatabaseException.nietIngesteld());

        assertThat(analyse).isNotNull();
        assertThat(analyse.getDescription()).contains("Geen database ingesteld", "No database configured",
                "SPRING_DATASOURCE_URL");
        assertThat(analyse.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_FLYWAY_USER",
                "./mvnw spring-boot:run", "Only to try it out");
    }

    @Test
    void deDemoUitHetJarZegtWaarDeDemoWelStart() {
        var analyse = analyzer.analyze(GeenDatabaseException.geenIngebouwdePostgres());

        assertThat(analyse).isNotNull();
        assertThat(analyse.getDescription()).contains("wijkafspraken.modus=demo", "jar");
        assertThat(analyse.getAction()).contains("./mvnw spring-boot:run");
    }

    @Test
    void ookAlsOorzaakVanEenAndereFout() {
        var analyse = analyzer.analyze(new BeanCreationException("dataSource", "mislukt",
                GeenDatabaseException.nietIngesteld()));

        assertThat(analyse).isNotNull();
        assertThat(analyse.getDescription()).startsWith("Geen database ingesteld");
    }

    @Test
    void andereFoutenLaatHijAanBootOver() {
        assertThat(analyzer.analyze(new IllegalStateException("iets anders"))).isNull();
    }
}
