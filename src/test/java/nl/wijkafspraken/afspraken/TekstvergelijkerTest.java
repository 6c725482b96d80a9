package nl.wijkafspraken.afspraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wijkafspraken.afspraken.ArtikelVergelijking.Wijziging;
import nl.wijkafspraken.afspraken.Fragment.Soort;
import org.junit.jupiter.api.Test;

/** The comparison of two versions: articles recognised across versions, lines and words that went and came. */
class TekstvergelijkerTest {

    private static final Artikel ROLLEN = Artikel.nieuw("Rollen",
            "De gemeente faciliteert.\nHet wijkoverleg vertegenwoordigt de wijk.");
    private static final Artikel CONTACT = Artikel.nieuw("Contact", "Vier keer per jaar.");
    private static final Artikel EVALUATIE = Artikel.nieuw("Evaluatie", "Jaarlijks.");

    @Test
    void eenGewijzigdeRegelWordtWoordVoorWoordVergeleken() {
        var paar = Tekstvergelijker.woorden("Het wijkoverleg vertegenwoordigt de wijk.",
                "Het wijkoverleg spreekt namens de wijk.");
        assertThat(paar.oud()).containsExactly(new Fragment("Het wijkoverleg ", Soort.GELIJK),
                new Fragment("vertegenwoordigt", Soort.VERWIJDERD), new Fragment(" de wijk.", Soort.GELIJK));
        assertThat(paar.nieuw()).containsExactly(new Fragment("Het wijkoverleg ", Soort.GELIJK),
                new Fragment("spreekt namens ", Soort.TOEGEVOEGD), new Fragment("de wijk.", Soort.GELIJK));
    }

    @Test
    void toegevoegdeEnVerwijderdeRegelsStaanTegenoverEenLegeKant() {
        var rijen = Tekstvergelijker.regels("Eerste.\nTweede.", "Eerste.\nNieuw.\nTweede.");
        assertThat(rijen).hasSize(3);
        assertThat(rijen.get(0).isGewijzigd()).isFalse();
        assertThat(rijen.get(1).oud()).isNull();
        assertThat(rijen.get(1).nieuw()).containsExactly(new Fragment("Nieuw.", Soort.TOEGEVOEGD));
        assertThat(rijen.get(2).isGewijzigd()).isFalse();
    }

    @Test
    void artikelenWordenOverVersiesHeenHerkendOokNaVerplaatsen() {
        var gewijzigd = ROLLEN.met("Rollen", "De gemeente faciliteert.\nHet wijkoverleg spreekt namens de wijk.");
        var nieuw = Artikel.nieuw("Digitaal", "Een vast kanaal.");

        var vergelijking = Tekstvergelijker.vergelijk(List.of(ROLLEN, CONTACT, EVALUATIE),
                List.of(EVALUATIE, gewijzigd, nieuw));

        // A removed article keeps its place: before the article that followed it in the old version.
        assertThat(vergelijking).extracting(ArtikelVergelijking::wijziging).containsExactly(Wijziging.VERVALLEN,
                Wijziging.ONGEWIJZIGD, Wijziging.GEWIJZIGD, Wijziging.NIEUW);
        assertThat(vergelijking.get(0).nummerOud()).isEqualTo(2);
        assertThat(vergelijking.get(0).nummerNieuw()).isNull();
        assertThat(vergelijking.get(0).kop().nieuw()).isNull();
        assertThat(vergelijking.get(1).nummerOud()).isEqualTo(3);
        assertThat(vergelijking.get(1).nummerNieuw()).isEqualTo(1);
        assertThat(vergelijking.get(1).isVerplaatst()).isTrue();
        assertThat(vergelijking.get(3).nummerOud()).isNull();
        assertThat(vergelijking.get(3).tekst()).extracting(Regelpaar::oud).containsOnlyNulls();
    }
}
