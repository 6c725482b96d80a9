/**
 * The Samenwerkingsafspraken of a gemeente with its wijkoverleggen: versions of the text as numbered articles
 * (concept → vastgesteld → vervangen), the five-year term derived from the ingangsdatum, the yearly renewal at the
 * gezamenlijk wijkoverleg with each party's evaluation, the parties and the version each signed, and a side-by-side
 * comparison of any two versions.
 *
 * <p>Consumes the besluit module's {@code AfsprakenVaststellenOpgedragen}: the listener adopts the concept version
 * the besluitpunt names through {@link nl.wijkafspraken.afspraken.AfsprakenService#stelVast} and publishes
 * {@code EffectUitgevoerd}. Offers the concept versions a besluitpunt can name (the besluit module's
 * {@code Effectdoelen} port) and links a version to the collegevoorstellen that propose it. Consumes
 * {@link nl.wijkafspraken.afspraken.OndertekeningVoltooid} (defined here, published by the ondertekening module, so
 * that this module does not depend on it): {@link nl.wijkafspraken.afspraken.OndertekeningRegistratie} records the
 * signature through {@link nl.wijkafspraken.afspraken.AfsprakenService#registreerOndertekening}. Both paths are
 * idempotent, so a repeated event changes nothing.
 * {@link nl.wijkafspraken.afspraken.Versieteksten} gives the exact text of a version with its SHA-256
 * ({@link nl.wijkafspraken.afspraken.Versietekst}, which documents the canonical form the hash is taken of).
 * Implements the wijkoverleg module's port {@code Partijstanden} ({@code RegisterPartijstanden}): each party's
 * signature and the next renewal, for the export of the register.
 */
package nl.wijkafspraken.afspraken;
