/**
 * The Samenwerkingsafspraken of a gemeente with its wijkoverleggen: versions of the text as numbered articles
 * (concept → vastgesteld → vervangen), the five-year term derived from the ingangsdatum, the yearly renewal at the
 * gezamenlijk wijkoverleg with each party's evaluation, the parties and the version each signed, and a side-by-side
 * comparison of any two versions.
 *
 * <p>Publishes no events of its own. Its system paths are called by the listeners of other modules:
 * {@link nl.wijkafspraken.afspraken.AfsprakenService#stelVast} carries out the effect "afspraken vaststellen" of a
 * besluit (the besluit module's {@code AfsprakenVaststellenOpgedragen}), and
 * {@link nl.wijkafspraken.afspraken.AfsprakenService#registreerOndertekening} records a signature. Both are
 * idempotent, so a repeated event changes nothing. Consumes {@link nl.wijkafspraken.afspraken.OndertekeningVoltooid}
 * (defined here, published by the ondertekening module, so that this module does not depend on it).
 * {@link nl.wijkafspraken.afspraken.Versieteksten} gives the exact text of a version with its SHA-256
 * ({@link nl.wijkafspraken.afspraken.Versietekst}, which documents the canonical form the hash is taken of).
 */
package nl.wijkafspraken.afspraken;
