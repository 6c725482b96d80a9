package nl.wijkafspraken.ondertekening;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OndertekeningEigenschappen.class)
class OndertekeningConfig {
}
