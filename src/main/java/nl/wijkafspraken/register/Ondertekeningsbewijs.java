package nl.wijkafspraken.register;

import java.util.List;
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

    /** Who signed version {@code versie} (the version in force) for the wijkoverleg and for the gemeente. */
    List<Afsprakenpagina.Ondertekenaar> ondertekenaars(long gemeenteId, long afsprakenId, int versie,
            long wijkoverlegId) {
        return bewijs(gemeenteId, afsprakenId, versie, wijkoverlegId)
                .map(b -> b.handtekeningen().stream()
                        .map(h -> new Afsprakenpagina.Ondertekenaar(h.naam(), h.functie())).toList())
                .orElse(List.of());
    }

    /** The SHA-256 of the sealed PDF of the version in force with this wijkoverleg, or null when there is none. */
    String verzegeldSha256(long gemeenteId, long afsprakenId, int versie, long wijkoverlegId) {
        return bewijs(gemeenteId, afsprakenId, versie, wijkoverlegId)
                .map(OndertekendePartijen.Partijbewijs::verzegeldSha256).orElse(null);
    }

    /**
     * One sealed PDF of the version as signed by all parties does not exist: each wijkoverleg signs with the gemeente
     * and gets its own sealed document ({@link #verzegeldSha256}). Kept empty for the page-level field of the API.
     */
    Optional<Afsprakenpagina.VerzegeldePdf> verzegeldePdf(long gemeenteId, long afsprakenId, int versie) {
        return Optional.empty();
    }

    private Optional<OndertekendePartijen.Partijbewijs> bewijs(long gemeenteId, long afsprakenId, int versie,
            long wijkoverlegId) {
        return versieteksten.geldendeVersie(gemeenteId, afsprakenId).filter(v -> v.versienummer() == versie)
                .flatMap(v -> partijen.bewijs(gemeenteId, v.versieId(), wijkoverlegId));
    }
}
