package nl.wijkafspraken.ondertekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.junit.jupiter.api.Test;

/** The typed name against the registered one (issue 13, part 2). */
class NaamcontroleTest {

    @Test
    void hoofdlettersAccentenEnExtraSpatiesMakenNietUit() {
        assertThat(Naamcontrole.komtOvereen("bea  bakker", "Bea Bakker")).isTrue();
        assertThat(Naamcontrole.komtOvereen(" Béa Bakker\t", "Bea Bakker")).isTrue();
        assertThat(Naamcontrole.komtOvereen("Zoë van Dijk", "ZOE VAN DIJK")).isTrue();
        // Composed and decomposed forms of the same letter are the same name.
        assertThat(Naamcontrole.komtOvereen("Ren\u00e9e", "Rene\u0301e")).isTrue();
    }

    @Test
    void eenAndereNaamKomtNietOvereen() {
        assertThat(Naamcontrole.komtOvereen("Piet Puk", "Bea Bakker")).isFalse();
        assertThat(Naamcontrole.komtOvereen("B. Bakker", "Bea Bakker")).isFalse();
        assertThat(Naamcontrole.komtOvereen("BeaBakker", "Bea Bakker")).isFalse();
    }

    @Test
    void eenAndereSchrijfwijzeMoetWordenBevestigdEnDatWordtOnthouden() {
        assertThatThrownBy(() -> Naamcontrole.controleer("Piet Puk", "Bea Bakker", false))
                .isInstanceOfSatisfying(DomeinregelException.class, e -> {
                    assertThat(e.getBerichtcode()).isEqualTo("ondertekening.naam.wijktAf");
                    assertThat(e.getArgumenten()).containsExactly("Piet Puk", "Bea Bakker");
                });
        assertThat(Naamcontrole.controleer("Piet Puk", "Bea Bakker", true)).isTrue();
        assertThat(Naamcontrole.controleer("bea bakker", "Bea Bakker", true))
                .as("no confirmation on record when the names match").isFalse();
    }
}
