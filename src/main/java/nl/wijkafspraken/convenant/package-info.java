/**
 * The convenanten wijkbeheer of 2007: registered with the party as it was named then (a wijkraad, a
 * buurtvereniging), optionally linked to a current wijkoverleg, with a scanned PDF. A convenant is withdrawn only by
 * a besluit ({@link nl.wijkafspraken.convenant.ConvenantService#trekIn}, the effect "convenanten intrekken", called
 * by the besluit module's listener): ZGW vervaldatum and vervalreden {@code ingetrokken_overheid}, the besluit and
 * the afspraken that replace them. Nothing deletes a convenant (archive law; the database refuses it too), and a
 * withdrawn one never changes again. Publishes and consumes no events itself.
 */
package nl.wijkafspraken.convenant;
