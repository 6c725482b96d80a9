package nl.wijkafspraken.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BerichtTest {

    @Test
    void weigertWatEenMailkopKanInjecteren() {
        for (var aan : List.of("a@b.example\r\nBcc: c@d.example", "a@b.example, c@d.example", "Naam <a@b.example>",
                "geen-adres", "")) {
            assertThatThrownBy(() -> new Bericht(1, aan, "Onderwerp", "Tekst")).as(aan)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Bericht(1, "a@b.example", "Onderwerp\r\nBcc: c@d.example", "Tekst"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bericht(1, "a@b.example", " ", "Tekst"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bijlage("a\r\nb.pdf", "application/pdf", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bijlage("../a.pdf", "application/pdf", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringLaatTekstEnBytesWeg() {
        var bericht = new Bericht(1, " a@b.example ", "Uw code", "Code 123456",
                List.of(new Bijlage("x.pdf", "application/pdf", new byte[] {1, 2, 3})));

        assertThat(bericht.aan()).isEqualTo("a@b.example");
        assertThat(bericht.toString()).contains("a@b.example", "Uw code", "x.pdf", "3 bytes")
                .doesNotContain("123456");
    }

    @Test
    void eenBijlageHoudtHaarEigenKopieVanDeBytes() {
        var bytes = new byte[] {1, 2, 3};
        var bijlage = new Bijlage("x.pdf", "application/pdf", bytes);
        bytes[0] = 9;

        assertThat(bijlage.inhoud()).containsExactly(1, 2, 3);
    }

    @Test
    void linksInDeTekstZonderLeestekensErachter() {
        var detail = new BerichtDetail(1, null, "a@b.example", "o", Verzendstatus.GEEN_SMTP, null, 0, null,
                "Ga naar https://x.example/a/b?c=1. Of (https://x.example/d) of https://x.example/a/b?c=1",
                List.of());

        assertThat(detail.links()).containsExactly("https://x.example/a/b?c=1", "https://x.example/d");
    }
}
