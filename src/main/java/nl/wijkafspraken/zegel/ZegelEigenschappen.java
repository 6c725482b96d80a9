package nl.wijkafspraken.zegel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wijkafspraken.zegel.*}.
 *
 * @param keystore               a PKCS#12 file with the gemeente's key and certificate (chain); when empty, see
 *                               {@code zelfondertekendToestaan}
 * @param wachtwoord             the keystore's password (also used for the key)
 * @param alias                  the key's alias; may be left empty when the keystore holds exactly one key
 * @param map                    where the generated test certificate lives; empty means a throw-away folder
 * @param zelfondertekendToestaan whether a self-signed test certificate may be generated when no keystore is set
 * @param tsaUrl                 the RFC 3161 time-stamping authority; empty means seals without a trusted time
 * @param tsaGebruiker           user name for HTTP Basic authentication at the TSA, if it asks for one
 * @param tsaWachtwoord          its password
 * @param tsaTimeout             how long to wait for the TSA's answer
 */
@ConfigurationProperties("wijkafspraken.zegel")
record ZegelEigenschappen(String keystore, String wachtwoord, String alias, String map,
        boolean zelfondertekendToestaan, String tsaUrl, String tsaGebruiker, String tsaWachtwoord,
        @DefaultValue("10s") Duration tsaTimeout) {
}
