package nl.wijkafspraken.wijkoverleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.junit.jupiter.api.Test;

/** Domain rules of the wijkoverleg and its bestuur, without a database. */
class WijkoverlegTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);

    private static WijkoverlegGegevens gegevens(WijkoverlegStatus status, LocalDate opheffing, String reden) {
        return new WijkoverlegGegevens("Wijkoverleg Noord", Set.of(1L), status, LocalDate.of(2015, 1, 1), opheffing,
                reden, null, null, 1);
    }

    private static Wijkoverleg actief() {
        return new Wijkoverleg(1, gegevens(WijkoverlegStatus.ACTIEF, null, null));
    }

    private static Persoonsgegevens persoon(String naam) {
        return new Persoonsgegevens(naam, naam.toLowerCase() + "@wijk.example", null);
    }

    @Test
    void opheffenVraagtDatumEnReden() {
        var wijkoverleg = actief();
        assertThatThrownBy(() -> wijkoverleg.wijzig(gegevens(WijkoverlegStatus.OPGEHEVEN, null, "reden")))
                .isInstanceOf(DomeinregelException.class).hasMessage("wijkoverleg.opheffingsdatum.verplicht");
        assertThatThrownBy(() -> wijkoverleg.wijzig(gegevens(WijkoverlegStatus.OPGEHEVEN, VANDAAG, " ")))
                .isInstanceOf(DomeinregelException.class).hasMessage("wijkoverleg.opheffingsreden.verplicht");
        assertThat(wijkoverleg.getStatus()).isEqualTo(WijkoverlegStatus.ACTIEF);
    }

    @Test
    void opgehevenWijkoverlegIsDefinitief() {
        var wijkoverleg = actief();
        wijkoverleg.wijzig(gegevens(WijkoverlegStatus.OPGEHEVEN, VANDAAG, "Geen bestuur meer"));
        assertThat(wijkoverleg.getOpheffingsdatum()).isEqualTo(VANDAAG);

        assertThatThrownBy(() -> wijkoverleg.wijzig(gegevens(WijkoverlegStatus.ACTIEF, null, null)))
                .hasMessage("wijkoverleg.opgeheven");
        assertThatThrownBy(() -> wijkoverleg.voegBestuurslidToe(persoon("Ans"), Functie.LID, VANDAAG, false))
                .hasMessage("wijkoverleg.opgeheven");
        assertThatThrownBy(() -> wijkoverleg.wijzigContactadres("nieuw@wijk.example"))
                .hasMessage("wijkoverleg.opgeheven");
    }

    @Test
    void opheffingKanNietVoorDeOprichting() {
        assertThatThrownBy(() -> actief().wijzig(gegevens(WijkoverlegStatus.OPGEHEVEN, LocalDate.of(2014, 1, 1), "x")))
                .hasMessage("wijkoverleg.opheffingsdatum.voorOprichting");
    }

    @Test
    void actiefWijkoverlegGaatNietTerugNaarOprichting() {
        assertThatThrownBy(() -> actief().wijzig(gegevens(WijkoverlegStatus.IN_OPRICHTING, null, null)))
                .hasMessage("wijkoverleg.status.terugNaarOprichting");
    }

    @Test
    void eenWijkoverlegDektMinstensEenWijk() {
        var zonderWijk = new WijkoverlegGegevens("Zonder wijk", Set.of(), WijkoverlegStatus.ACTIEF, null, null, null,
                null, null, 1);
        assertThatThrownBy(() -> new Wijkoverleg(1, zonderWijk)).hasMessage("wijkoverleg.wijken.verplicht");
    }

    @Test
    void nieuweFunctieBeeindigtDeOudePeriodeEnBewaartDeHistorie() {
        var wijkoverleg = actief();
        var lid = wijkoverleg.voegBestuurslidToe(persoon("Ans"), Functie.LID, LocalDate.of(2020, 1, 1), false);

        var nieuw = wijkoverleg.wijzigBestuurslid(lid, persoon("Ans"), Functie.VOORZITTER, true,
                LocalDate.of(2024, 6, 1));

        assertThat(nieuw).isNotSameAs(lid);
        assertThat(lid.getFunctie()).isEqualTo(Functie.LID);
        assertThat(lid.getEinddatum()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(nieuw.getStartdatum()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(wijkoverleg.getBestuursleden()).hasSize(2);
        assertThat(wijkoverleg.bestuurOp(LocalDate.of(2023, 1, 1))).extracting(Bestuurslid::getFunctie)
                .containsExactly(Functie.LID);
        assertThat(wijkoverleg.bestuurOp(VANDAAG)).extracting(Bestuurslid::getFunctie)
                .containsExactly(Functie.VOORZITTER);
    }

    @Test
    void correctieVanContactgegevensMaaktGeenNieuwePeriode() {
        var wijkoverleg = actief();
        var lid = wijkoverleg.voegBestuurslidToe(persoon("Ans"), Functie.LID, LocalDate.of(2020, 1, 1), false);

        var zelfde = wijkoverleg.wijzigBestuurslid(lid, new Persoonsgegevens("Ans de Boer", "ans@wijk.example",
                "06-1234567"), Functie.LID, false, null);

        assertThat(zelfde).isSameAs(lid);
        assertThat(lid.getNaam()).isEqualTo("Ans de Boer");
        assertThat(wijkoverleg.getBestuursleden()).hasSize(1);
    }

    @Test
    void nieuweFunctieVraagtEenIngangsdatumNaDeStart() {
        var wijkoverleg = actief();
        var lid = wijkoverleg.voegBestuurslidToe(persoon("Ans"), Functie.LID, LocalDate.of(2020, 1, 1), false);
        assertThatThrownBy(() -> wijkoverleg.wijzigBestuurslid(lid, persoon("Ans"), Functie.SECRETARIS, false, null))
                .hasMessage("bestuurslid.per.verplicht");
        assertThatThrownBy(() -> wijkoverleg.wijzigBestuurslid(lid, persoon("Ans"), Functie.SECRETARIS, false,
                LocalDate.of(2020, 1, 1))).hasMessage("bestuurslid.per.naStart");
    }

    @Test
    void beeindigdBestuurslidKanNietMeerWordenGewijzigdOfOpnieuwBeeindigd() {
        var wijkoverleg = actief();
        var lid = wijkoverleg.voegBestuurslidToe(persoon("Ans"), Functie.LID, LocalDate.of(2020, 1, 1), false);
        assertThatThrownBy(() -> wijkoverleg.beeindigBestuurslid(lid, LocalDate.of(2019, 12, 31)))
                .hasMessage("bestuurslid.einddatum.voorStart");
        wijkoverleg.beeindigBestuurslid(lid, LocalDate.of(2025, 12, 31));

        assertThatThrownBy(() -> wijkoverleg.beeindigBestuurslid(lid, LocalDate.of(2026, 1, 1)))
                .hasMessage("bestuurslid.alBeeindigd");
        assertThatThrownBy(() -> wijkoverleg.wijzigBestuurslid(lid, persoon("Ans"), Functie.LID, false, null))
                .hasMessage("bestuurslid.alBeeindigd");
        assertThat(wijkoverleg.bestuurOp(VANDAAG)).isEmpty();
    }

    @Test
    void ondertekenregelTeltDeTekenbevoegdenVanVandaag() {
        var regelVanTwee = new WijkoverlegGegevens("Oost", Set.of(1L), WijkoverlegStatus.ACTIEF, null, null, null,
                null, null, 2);
        var wijkoverleg = new Wijkoverleg(1, regelVanTwee);
        wijkoverleg.voegBestuurslidToe(persoon("Ans"), Functie.VOORZITTER, LocalDate.of(2020, 1, 1), true);
        assertThat(wijkoverleg.kanOndertekenenOp(VANDAAG)).isFalse();

        var secretaris = wijkoverleg.voegBestuurslidToe(persoon("Bert"), Functie.SECRETARIS,
                LocalDate.of(2020, 1, 1), true);
        assertThat(wijkoverleg.kanOndertekenenOp(VANDAAG)).isTrue();

        wijkoverleg.beeindigBestuurslid(secretaris, LocalDate.of(2026, 1, 1));
        assertThat(wijkoverleg.kanOndertekenenOp(VANDAAG)).isFalse();
        assertThat(wijkoverleg.kanOndertekenenOp(LocalDate.of(2025, 6, 1))).isTrue();
    }
}
