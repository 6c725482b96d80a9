package nl.wijkafspraken.register;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the public register gets the evidence of the signatures beyond their dates: who signed for each party (name
 * and functie) and the sealed PDF of the signed afspraken. Both belong to the ondertekening module (issue 5), which
 * does not exist yet, so for now there is none; the pages and the API already have their place for it
 * ({@link Afsprakenpagina.Partij#ondertekenaars()}, {@link Afsprakenpagina#verzegeldePdf()}, the section
 * "ondertekening" of {@code register/afspraken.html}). Once the module exists, only this class changes: ask its
 * public read API here, and add the download of the PDF to the controllers.
 *
 * <p>Only signatories of a signature that has been completed may be named: they signed a public document in their
 * public role. Never other bestuursleden, and never an e-mail address or phone number.
 */
@Component
class Ondertekeningsbewijs {

    /** Who signed version {@code versie} for the wijkoverleg; empty until issue 5. */
    List<Afsprakenpagina.Ondertekenaar> ondertekenaars(long gemeenteId, long afsprakenId, int versie,
            long wijkoverlegId) {
        return List.of();
    }

    /** The sealed PDF of version {@code versie} as signed by all parties; empty until issue 5. */
    Optional<Afsprakenpagina.VerzegeldePdf> verzegeldePdf(long gemeenteId, long afsprakenId, int versie) {
        return Optional.empty();
    }
}
