package nl.wijkafspraken.bestuur;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * The rules that span the seats of one gemeente's college. A gemeente has one burgemeester at a time (Gemeentewet
 * art. 61: the burgemeester is appointed by the Crown for six years; a waarnemend burgemeester follows on the
 * departure of the previous one, never beside them), so a second burgemeester whose period overlaps is refused; a
 * successor whose period starts after the other's last day is fine. One person in two seats at once (wethouder and
 * gemeentesecretaris, or the same seat twice) is possible only in error, but a name alone does not prove it is the
 * same person: that is a warning, not a refusal.
 */
final class Collegesamenstelling {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    private final List<Collegelid> leden;

    Collegesamenstelling(List<Collegelid> leden) {
        this.leden = List.copyOf(leden);
    }

    /** Whether two periods share a day; an open end ({@code null}) runs on. */
    static boolean overlappen(LocalDate van1, LocalDate tot1, LocalDate van2, LocalDate tot2) {
        return (tot2 == null || !van1.isAfter(tot2)) && (tot1 == null || !van2.isAfter(tot1));
    }

    /** Refuses a burgemeester whose period overlaps another burgemeester's; {@code id} is the seat itself, if known. */
    void vereisEenBurgemeester(Long id, CollegelidGegevens gegevens) {
        if (gegevens.rol() != CollegeRol.BURGEMEESTER || gegevens.periodeVan() == null) {
            return;
        }
        anderen(id).filter(lid -> lid.getRol() == CollegeRol.BURGEMEESTER)
                .filter(lid -> overlappen(lid.getPeriodeVan(), lid.getPeriodeTot(), gegevens.periodeVan(),
                        gegevens.periodeTot()))
                .findFirst().ifPresent(lid -> {
                    throw lid.getPeriodeTot() == null
                            ? DomeinregelException.voorVeld("periodeVan", "collegelid.burgemeester.zittend",
                                    lid.getNaam(), DATUM.format(lid.getPeriodeVan()))
                            : DomeinregelException.voorVeld("periodeVan", "collegelid.burgemeester.overlap",
                                    lid.getNaam(), DATUM.format(lid.getPeriodeVan()),
                                    DATUM.format(lid.getPeriodeTot()));
                });
    }

    /** Another seat of what looks like the same person (same name) in an overlapping period, if any. */
    Optional<Collegelid> andereZetelVanDezelfdePersoon(Long id, CollegelidGegevens gegevens) {
        var naam = vergelijkbaar(gegevens.naam());
        return anderen(id).filter(lid -> vergelijkbaar(lid.getNaam()).equals(naam))
                .filter(lid -> overlappen(lid.getPeriodeVan(), lid.getPeriodeTot(), gegevens.periodeVan(),
                        gegevens.periodeTot()))
                .findFirst();
    }

    private java.util.stream.Stream<Collegelid> anderen(Long id) {
        return leden.stream().filter(lid -> id == null || !Objects.equals(lid.getId(), id));
    }

    /** A name as people write it differently: case, accents and spacing do not count. */
    static String vergelijkbaar(String naam) {
        var zonderTekens = Normalizer.normalize(naam == null ? "" : naam, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        return zonderTekens.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
