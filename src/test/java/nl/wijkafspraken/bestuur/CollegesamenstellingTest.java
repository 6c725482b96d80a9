package nl.wijkafspraken.bestuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.junit.jupiter.api.Test;

/** The rules over the seats of one college, without a database: one burgemeester at a time, a warning for two seats. */
class CollegesamenstellingTest {

    private static final LocalDate JUNI_2022 = LocalDate.of(2022, 6, 1);

    private static CollegelidGegevens zetel(String naam, CollegeRol rol, LocalDate van, LocalDate tot) {
        return new CollegelidGegevens(naam, rol, List.of(), van, tot);
    }

    private static Collegesamenstelling college(CollegelidGegevens... zetels) {
        return new Collegesamenstelling(List.of(zetels).stream().map(z -> new Collegelid(1, z)).toList());
    }

    @Test
    void eenTweedeZittendeBurgemeesterWordtGeweigerd() {
        var college = college(zetel("Anna Eerst", CollegeRol.BURGEMEESTER, JUNI_2022, null));

        assertThatThrownBy(() -> college.vereisEenBurgemeester(null,
                zetel("Bert Tweede", CollegeRol.BURGEMEESTER, LocalDate.of(2026, 1, 1), null)))
                .isInstanceOf(DomeinregelException.class)
                .hasMessage("collegelid.burgemeester.zittend")
                .satisfies(e -> {
                    var fout = (DomeinregelException) e;
                    assertThat(fout.getVeld()).isEqualTo("periodeVan");
                    assertThat(fout.getArgumenten()).containsExactly("Anna Eerst", "1 juni 2022");
                });
    }

    @Test
    void eenBurgemeesterDieBegintVoorDeAnderEindigtOverlaptOok() {
        var college = college(zetel("Anna Eerst", CollegeRol.BURGEMEESTER, JUNI_2022, LocalDate.of(2026, 3, 31)));

        // Starting on the other's last day is one day with two burgemeesters.
        assertThatThrownBy(() -> college.vereisEenBurgemeester(null,
                zetel("Bert Tweede", CollegeRol.BURGEMEESTER, LocalDate.of(2026, 3, 31), null)))
                .hasMessage("collegelid.burgemeester.overlap");
        // A period that starts before and runs over the other's also overlaps.
        assertThatThrownBy(() -> college.vereisEenBurgemeester(null,
                zetel("Bert Tweede", CollegeRol.BURGEMEESTER, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 1))))
                .hasMessage("collegelid.burgemeester.overlap");
    }

    @Test
    void deOpvolgerBegintDeDagNaHetVertrek() {
        var college = college(zetel("Anna Eerst", CollegeRol.BURGEMEESTER, JUNI_2022, LocalDate.of(2026, 3, 31)));

        assertThatCode(() -> college.vereisEenBurgemeester(null,
                zetel("Bert Tweede", CollegeRol.BURGEMEESTER, LocalDate.of(2026, 4, 1), null)))
                .doesNotThrowAnyException();
        // So does a predecessor whose period ended before.
        assertThatCode(() -> college.vereisEenBurgemeester(null,
                zetel("Cor Vroeger", CollegeRol.BURGEMEESTER, LocalDate.of(2016, 1, 1), LocalDate.of(2022, 5, 31))))
                .doesNotThrowAnyException();
    }

    @Test
    void wethoudersHebbenTegelijkZitting() {
        var college = college(zetel("Anna Eerst", CollegeRol.BURGEMEESTER, JUNI_2022, null),
                zetel("Willemijn de Wit", CollegeRol.WETHOUDER, JUNI_2022, null));

        assertThatCode(() -> college.vereisEenBurgemeester(null,
                zetel("Piet Tweede", CollegeRol.WETHOUDER, JUNI_2022, null))).doesNotThrowAnyException();
    }

    @Test
    void dezelfdeNaamInTweeZetelsTegelijkIsEenWaarschuwing() {
        var college = college(zetel("Willemijn de Wit", CollegeRol.WETHOUDER, JUNI_2022, null),
                zetel("Jan Jansen", CollegeRol.WETHOUDER, LocalDate.of(2014, 1, 1), LocalDate.of(2018, 3, 31)));

        assertThat(college.andereZetelVanDezelfdePersoon(null,
                zetel("  willemijn  DE wit ", CollegeRol.GEMEENTESECRETARIS, LocalDate.of(2024, 1, 1), null)))
                .get().extracting(Collegelid::getRol).isEqualTo(CollegeRol.WETHOUDER);
        // Another period of the same name, before this one: a re-election, not two seats at once.
        assertThat(college.andereZetelVanDezelfdePersoon(null,
                zetel("Jan Jansen", CollegeRol.WETHOUDER, LocalDate.of(2022, 6, 1), null))).isEmpty();
        assertThat(college.andereZetelVanDezelfdePersoon(null,
                zetel("Jan Janssen", CollegeRol.WETHOUDER, LocalDate.of(2016, 1, 1), null))).isEmpty();
    }

    @Test
    void namenTellenZonderHoofdlettersAccentenEnSpaties() {
        assertThat(Collegesamenstelling.vergelijkbaar(" Reneé  van  Dijk")).isEqualTo("renee van dijk");
    }

    @Test
    void periodenOverlappenAlsZeEenDagDelen() {
        var a = LocalDate.of(2022, 1, 1);
        var b = LocalDate.of(2022, 12, 31);
        assertThat(Collegesamenstelling.overlappen(a, b, b, null)).isTrue();
        assertThat(Collegesamenstelling.overlappen(a, b, b.plusDays(1), null)).isFalse();
        assertThat(Collegesamenstelling.overlappen(a, null, LocalDate.of(2030, 1, 1), null)).isTrue();
        assertThat(Collegesamenstelling.overlappen(b.plusDays(1), null, a, b)).isFalse();
    }

    @Test
    void ambtenOpZichMetHoofdletterInEenZinZonder() {
        assertThat(CollegeRol.BURGEMEESTER.titel()).isEqualTo("Burgemeester");
        assertThat(CollegeRol.GEMEENTESECRETARIS.titel()).isEqualTo("Gemeentesecretaris");
        var wethouder = new CollegelidInfo(1, 1, "Jan de Boer", CollegeRol.WETHOUDER, List.of(), JUNI_2022, null,
                null, 0);
        assertThat(wethouder.titel()).isEqualTo("Wethouder Jan de Boer");
        assertThat(wethouder.aanduiding()).isEqualTo("wethouder Jan de Boer");
    }
}
