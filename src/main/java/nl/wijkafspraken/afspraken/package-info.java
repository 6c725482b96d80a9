/**
 * The Samenwerkingsafspraken of a gemeente with its wijkoverleggen: versions of the text as numbered articles
 * (concept → vastgesteld → vervangen), the five-year term derived from the ingangsdatum, the yearly renewal at the
 * gezamenlijk wijkoverleg with each party's evaluation, the parties and the version each signed, and a side-by-side
 * comparison of any two versions.
 *
 * <p>Consumes the besluit module's {@code AfsprakenVaststellenOpgedragen}: the listener adopts the concept version
 * the besluitpunt names through {@link nl.wijkafspraken.afspraken.AfsprakenService#stelVast} and publishes
 * {@code EffectUitgevoerd}. Offers the concept versions a besluitpunt can name (the besluit module's
 * {@code Effectdoelen} port) and links a version to the collegevoorstellen that propose it.
 * {@link nl.wijkafspraken.afspraken.AfsprakenService#registreerOndertekening} records a signature reported by the
 * ondertekening module. Both paths are idempotent, so a repeated event changes nothing.
 */
package nl.wijkafspraken.afspraken;
