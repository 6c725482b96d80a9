package nl.wijkafspraken.afspraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wijkafspraken.afspraken.Versietekst.Artikeltekst;
import org.junit.jupiter.api.Test;

/** The canonical form of a version's text and its SHA-256: the same text always gives the same hash. */
class VersietekstTest {

    private static final List<Artikeltekst> ARTIKELEN = List.of(
            new Artikeltekst(1, "Rollen", "De gemeente faciliteert.\nHet wijkoverleg vertegenwoordigt de wijk."),
            new Artikeltekst(2, "Samenwerking", "Partijen overleggen **vier** keer per jaar."));

    @Test
    void deCanoniekeVormIsTitelVersieEnGenummerdeArtikelen() {
        assertThat(Versietekst.canoniek("Samenwerkingsafspraken", 2, ARTIKELEN)).isEqualTo("""
                Samenwerkingsafspraken

                Versie 2

                Artikel 1. Rollen

                De gemeente faciliteert.
                Het wijkoverleg vertegenwoordigt de wijk.

                Artikel 2. Samenwerking

                Partijen overleggen **vier** keer per jaar.""");
    }

    @Test
    void regeleindenWitruimteEnUnicodeSamenstellingVeranderenDeHashNiet() {
        var hash = Versietekst.sha256(Versietekst.canoniek("Afspraken café", 1, ARTIKELEN));
        var windows = List.of(
                new Artikeltekst(1, " Rollen ", "De gemeente faciliteert.\r\nHet wijkoverleg vertegenwoordigt de wijk.\r\n"),
                new Artikeltekst(2, "Samenwerking", "Partijen overleggen **vier** keer per jaar.\r"));
        // "é" as e + combining accent (NFD), as some editors store it.
        assertThat(Versietekst.sha256(Versietekst.canoniek("Afspraken cafe\u0301", 1, windows))).isEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    @Test
    void elkeWijzigingInDeTekstGeeftEenAndereHash() {
        var hash = Versietekst.sha256(Versietekst.canoniek("Afspraken", 1, ARTIKELEN));
        assertThat(Versietekst.sha256(Versietekst.canoniek("Afspraken", 2, ARTIKELEN))).isNotEqualTo(hash);
        assertThat(Versietekst.sha256(Versietekst.canoniek("Afspraken", 1, List.of(ARTIKELEN.get(0),
                new Artikeltekst(2, "Samenwerking", "Partijen overleggen **drie** keer per jaar.")))))
                .isNotEqualTo(hash);
        assertThat(Versietekst.sha256(Versietekst.canoniek("Afspraken", 1, ARTIKELEN.reversed())))
                .isNotEqualTo(hash);
    }

    @Test
    void deHashIsSha256VanDeUtf8Bytes() {
        assertThat(Versietekst.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
