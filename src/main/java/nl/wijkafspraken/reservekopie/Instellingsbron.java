package nl.wijkafspraken.reservekopie;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Properties as the app would see them, without starting it: command-line arguments, Java system properties, the
 * environment (with Spring Boot's relaxed names, e.g. {@code WIJKAFSPRAKEN_EMBEDDEDPOSTGRES_DATADIR}), then
 * {@code ./config/application.properties}, {@code ./application.properties} and the jar's own. Profiles are not
 * applied: pass a profile's values as arguments.
 */
final class Instellingsbron {

    private final Binder binder;

    private Instellingsbron(Binder binder) {
        this.binder = binder;
    }

    static Instellingsbron uit(String[] args) {
        var omgeving = new StandardEnvironment();
        var bronnen = omgeving.getPropertySources();
        bronnen.addFirst(new SimpleCommandLinePropertySource(args));
        var lader = new PropertiesPropertySourceLoader();
        Resource[] bestanden = {new FileSystemResource("config/application.properties"),
            new FileSystemResource("application.properties"), new ClassPathResource("application.properties")};
        try {
            for (var bestand : bestanden) {
                if (bestand.exists()) {
                    lader.load(bestand.getDescription(), bestand).forEach(bronnen::addLast);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConfigurationPropertySources.attach(omgeving);
        return new Instellingsbron(Binder.get(omgeving));
    }

    String waarde(String naam, String standaard) {
        return binder.bind(naam, String.class).orElse(standaard);
    }
}
