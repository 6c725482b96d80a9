package nl.wijkafspraken.zegel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wijkafspraken.zegel.*}.
 *
 * @param keystore               a PKCS#12 file with the gemeente's key and certificate (chain); when empty, see
 *                               {@code zelfondertekendToestaan}
 * @param wachtwoord             the keystore's password (also used for the key)
 * @param alias                  the key's alias; may be left empty when the keystore holds exactly one key
 * @param map                    where the generated test certificate lives; empty means a throw-away folder
 * @param zelfondertekendToestaan whether a self-signed test certificate may be generated when no keystore is set
 */
@ConfigurationProperties("wijkafspraken.zegel")
record ZegelEigenschappen(String keystore, String wachtwoord, String alias, String map,
        boolean zelfondertekendToestaan) {
}
