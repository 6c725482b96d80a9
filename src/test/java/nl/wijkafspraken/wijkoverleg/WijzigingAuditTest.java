package nl.wijkafspraken.wijkoverleg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.wijkafspraken.audit.Wijziging;
import org.junit.jupiter.api.Test;

/** The general before/after comparison of the audit trail, on the bestuurslid's snapshot. */
class WijzigingAuditTest {

    private static final Bestuurslidstand BEA = new Bestuurslidstand("Bea Bakker", "bea@kern.example", null,
            Functie.VOORZITTER, true, LocalDate.of(2020, 1, 1), null);

    @Test
    void alleenGewijzigdeVeldenMetOudeEnNieuweWaarde() {
        var nieuw = new Bestuurslidstand("Bea Bakker", "kaper@elders.example", "06-1", Functie.VOORZITTER, false,
                LocalDate.of(2020, 1, 1), null);
        assertThat(Wijziging.van(BEA, nieuw)).isEqualTo("email: \"bea@kern.example\" → \"kaper@elders.example\"; "
                + "telefoon: — → \"06-1\"; tekenbevoegd: ja → nee");
    }

    @Test
    void eenNieuwLidNoemtElkIngevuldVeld() {
        assertThat(Wijziging.van(null, BEA)).isEqualTo("naam: — → \"Bea Bakker\"; email: — → \"bea@kern.example\"; "
                + "functie: — → VOORZITTER; tekenbevoegd: — → ja; startdatum: — → 2020-01-01");
    }

    @Test
    void zonderVerschilIsDeUitkomstLeeg() {
        assertThat(Wijziging.van(BEA, BEA)).isEmpty();
    }
}
