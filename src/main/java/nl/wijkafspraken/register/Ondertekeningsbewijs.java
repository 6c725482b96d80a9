package nl.wijkafspraken.register;

import java.util.Map;
import java.util.Optional;
import nl.wijkafspraken.afspraken.Versieteksten;
import nl.wijkafspraken.ondertekening.OndertekendePartijen;
import org.springframework.stereotype.Component;

/**
 * Where the public register gets the evidence of the signatures beyond their dates: who signed for each party (name
 * and functie, also the gemeente's signatory) and the sealed PDF of the afspraken with that party, from the
 * ondertekening module. Only signatories of a completed signature are named (both the wijkoverleg and the gemeente
 * signed): they signed a public document in their public role. Never other bestuursleden, never an e-mail address
 * or phone number.
 */
@Component
class Ondertekeningsbewijs {

    private final Versieteksten versieteksten;
    private final OndertekendePartijen partijen;

    Ondertekeningsbewijs(Versieteksten versieteksten, OndertekendePartijen partijen) {
        this.versieteksten = versieteksten;
        this.partijen = partijen;
    }

    /**
     * Per wijkoverleg, who signed version {@code versie} (the version in force) for it and for the gemeente, and the
     * sealed PDF of the afspraken with it; a wijkoverleg without a completed signature is absent.
     */
    Map<Long, OndertekendePartijen.Partijbewijs> perWijkoverleg(long gemeenteId, long afsprakenId, int versie) {
        return versieteksten.geldendeVersie(gemeenteId, afsprakenId).filter(v -> v.versienummer() == versie)
                .map(v -> partijen.perWijkoverleg(gemeenteId, v.versieId())).orElse(Map.of());
    }

    /**
     * One sealed PDF of the version as signed by all parties does not exist: each wijkoverleg signs with the gemeente
     * and gets its own sealed document ({@link #perWijkoverleg}). Kept empty for the page-level field of the API.
     */
    Optional<Afsprakenpagina.VerzegeldePdf> verzegeldePdf(long gemeenteId, long afsprakenId, int versie) {
        return Optional.empty();
    }
}
