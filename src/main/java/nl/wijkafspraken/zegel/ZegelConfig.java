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
}
