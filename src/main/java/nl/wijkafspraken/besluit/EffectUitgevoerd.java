package nl.wijkafspraken.besluit;

/**
 * A module carried out the effect of a besluitpunt. Published by the consuming module (e.g. mandaat) in the same
 * transaction as the result; the besluit module records it once per besluitpunt and shows it on the besluit page.
 *
 * @param omschrijving what was done, in Dutch, e.g. "Mandaat verleend aan wethouder …"
 * @param verwijzing   the path of the result in this application, e.g. {@code /mandaten/12}; other values are not
 *                     turned into a link
 */
public record EffectUitgevoerd(long gemeenteId, long besluitId, long besluitpuntId, String omschrijving,
        String verwijzing) {
}
