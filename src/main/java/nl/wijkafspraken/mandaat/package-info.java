/**
 * Mandaatregister: which college member may act for the gemeente in which scope (e.g. "ondertekening
 * Samenwerkingsafspraken Wijkoverleggen"), from when until when, and its intrekking. A mandaat is never entered by
 * hand: it always comes from a besluitpunt of a besluit. {@link nl.wijkafspraken.mandaat.MandaatService#heeftMandaat}
 * answers whether someone held a mandate on a date; the signing module relies on it. A mandate is history: it
 * cannot be withdrawn from a day on or before an act done under it, which the modules that act under mandates
 * report through {@link nl.wijkafspraken.mandaat.MandaatGebruik} (ondertekening implements it).
 *
 * <p>Consumes {@link nl.wijkafspraken.besluit.MandaatVerlenenOpgedragen} (idempotent: one mandaat per besluitpunt)
 * and publishes {@link nl.wijkafspraken.besluit.EffectUitgevoerd} when it has granted the mandate.
 */
package nl.wijkafspraken.mandaat;
