package nl.wijkafspraken.zegel;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZegelEigenschappen.class)
class ZegelConfig {

    /** Loaded (or generated) at start, so that a missing or wrong certificate stops the app right away. */
    @Bean
    Zegelsleutel zegelsleutel(ZegelEigenschappen eigenschappen) {
        return Zegelsleutels.laad(eigenschappen);
    }

    /** The TSA for the seal's trusted time, or none when {@code wijkafspraken.zegel.tsa-url} is empty. */
    @Bean
    Tijdstempeldienst tijdstempeldienst(ZegelEigenschappen eigenschappen) {
        return new Tijdstempeldienst(eigenschappen);
    }

    /** Fetches OCSP answers and CRLs for the long-term validation data, with the TSA's timeout. */
    @Bean
    Validatiebron validatiebron(ZegelEigenschappen eigenschappen) {
        return new Validatiebron(eigenschappen.tsaTimeout());
    }
}
