/**
 * The convenanten wijkbeheer of 2007: registered with the party as it was named then (a wijkraad, a
 * buurtvereniging), optionally linked to a current wijkoverleg, with a scanned PDF. A convenant is withdrawn only by
 * a besluit ({@link nl.wijkafspraken.convenant.ConvenantService#trekIn}, the effect "convenanten intrekken"): ZGW
 * vervaldatum and vervalreden {@code ingetrokken_overheid}, the besluit and the afspraken that replace them (those
 * that run on the vervaldatum). Nothing deletes a convenant (archive law; the database refuses it too), and a
 * withdrawn one never changes again.
 *
 * <p>Consumes the besluit module's {@code ConvenantenIntrekkenOpgedragen} (withdraws the convenanten the besluitpunt
 * names, all in one transaction) and publishes {@code EffectUitgevoerd}; offers the convenanten still in force as
 * the targets a besluitpunt can name (the besluit module's {@code Effectdoelen} port).
 */
package nl.wijkafspraken.convenant;
