package nl.wijkafspraken.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The start page's short list: the first five, the count of all, and whether to link to the rest. */
class TakenlijstTest {

    @Test
    void toontDeEersteVijfEnTeltAlle() {
        var lijst = Takenlijst.van(IntStream.rangeClosed(1, 7).boxed().toList());
        assertThat(lijst.eerste()).containsExactly(1, 2, 3, 4, 5);
        assertThat(lijst.aantal()).isEqualTo(7);
        assertThat(lijst.heeftMeer()).isTrue();
        assertThat(lijst.isLeeg()).isFalse();
    }

    @Test
    void preciesVijfHeeftGeenLinkNaarMeer() {
        var lijst = Takenlijst.van(List.of(1, 2, 3, 4, 5));
        assertThat(lijst.heeftMeer()).isFalse();
        assertThat(lijst.aantal()).isEqualTo(5);
    }

    @Test
    void eenLegeLijstIsLeeg() {
        assertThat(Takenlijst.leeg().isLeeg()).isTrue();
        assertThat(Takenlijst.van(List.of()).heeftMeer()).isFalse();
    }
}
