package nl.wijkafspraken.convenant;

import java.time.LocalDate;

/**
 * A convenant wijkbeheer (2007) as the public register shows it: title, the party as it was named then (a wijkraad
 * or buurtvereniging), the wijkoverleg it belongs to now, when it was signed, and its withdrawal. The scan is not
 * public: it carries the handwritten signatures and names of the people who signed in 2007.
 *
 * @param wijkoverleg the current wijkoverleg it is linked to, or null
 * @param intrekking  its withdrawal, or null while it still applies
 */
public record OpenbaarConvenant(long id, String titel, String partij, String wijkoverleg, LocalDate datumOndertekend,
        Intrekking intrekking) {

    /**
     * The withdrawal by a besluit (ZGW: vervaldatum, vervalreden). The besluit and its besluitpunt are named only when
     * the besluit is published (Woo); the replacing afspraken always.
     *
     * @param besluitId            the published besluit, or null
     * @param besluitIdentificatie its identificatie, or null
     * @param besluitpuntId        the besluitpunt of that besluit that withdrew it, or null
     */
    public record Intrekking(LocalDate vervaldatum, String vervalreden, Long besluitId, String besluitIdentificatie,
            Long besluitpuntId, Long vervangendeAfsprakenId, String vervangendeAfspraken) {
    }

    public boolean isIngetrokken() {
        return intrekking != null;
    }
}
