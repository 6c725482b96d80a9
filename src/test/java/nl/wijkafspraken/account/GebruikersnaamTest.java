package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one normal form of a user name: NFKC, then lower case by Locale.ROOT. */
class GebruikersnaamTest {

    @Test
    void lookAlikesWordenDezelfdeNaam() {
        assertThat(Gebruikersnaam.normaliseer("ſecretaris")).isEqualTo("secretaris");
        assertThat(Gebruikersnaam.normaliseer("ＳＥＣＲＥＴＡＲＩＳ")).isEqualTo("secretaris");
        assertThat(Gebruikersnaam.normaliseer("  Secretaris ")).isEqualTo("secretaris");
    }

    @Test
    void eenPuntlozeIIsEenAndereLetterEnBlijftDatOokVoorDeDatabase() {
        // PostgreSQL's upper('sısi') = 'SISI' found the account sisi; now the lookup and the counter agree.
        assertThat(Gebruikersnaam.normaliseer("sısi")).isEqualTo("sısi").isNotEqualTo("sisi");
        assertThat(Gebruikersnaam.normaliseer("SISI")).isEqualTo("sisi");
    }

    @Test
    void turkseHoofdletterINaarRootLocale() {
        assertThat(Gebruikersnaam.normaliseer("IRIS")).isEqualTo("iris");
    }
}
