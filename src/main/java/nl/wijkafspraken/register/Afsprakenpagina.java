package nl.wijkafspraken.register;

import java.util.List;
import nl.wijkafspraken.afspraken.OpenbareAfsprakenWeergave;
import nl.wijkafspraken.afspraken.OpenbarePartij;
import nl.wijkafspraken.gemeente.GemeenteInfo;

/**
 * The afspraken in force as the public page shows them: status and term, the text of the version in force, the
 * parties with their signatures, the versions and the renewals.
 *
 * @param geldendeTekst the articles of the vastgestelde version (empty once none is in force)
 * @param verzegeldePdf always null: each wijkoverleg has its own sealed document ({@link Partij#verzegeldSha256()});
 *                      see {@link Ondertekeningsbewijs#verzegeldePdf}
 */
public record Afsprakenpagina(GemeenteInfo gemeente, OpenbareAfsprakenWeergave afspraken,
        List<Artikeltekst> geldendeTekst, List<Partij> partijen, VerzegeldePdf verzegeldePdf) {

    /**
     * A party and who signed for it.
     *
     * @param ondertekenaars  who signed the version in force for the wijkoverleg and for the gemeente, with their
     *                        functie, once both signed (see {@link Ondertekeningsbewijs#perWijkoverleg})
     * @param verzegeldSha256 the SHA-256 of the sealed PDF of the afspraken with this wijkoverleg, or null; it is
     *                        downloaded at {@code /verifieren/{sha256}.pdf}
     */
    public record Partij(OpenbarePartij partij, List<Ondertekenaar> ondertekenaars, String verzegeldSha256) {

        public Partij {
            ondertekenaars = List.copyOf(ondertekenaars);
        }
    }

    /** A person who signed, as the signed document names them: name and functie (e.g. voorzitter). */
    public record Ondertekenaar(String naam, String functie) {
    }

    /** The sealed PDF of the signed afspraken: its file name and size in bytes. */
    public record VerzegeldePdf(int versie, String bestandsnaam, long grootte) {
    }

    public Afsprakenpagina {
        geldendeTekst = List.copyOf(geldendeTekst);
        partijen = List.copyOf(partijen);
    }
}
