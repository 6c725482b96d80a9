package nl.wijkafspraken.bestuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import nl.wijkafspraken.gedeeld.Melding;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** The college register over HTTP: one burgemeester at a time, a warning for one name in two seats, offices as labels. */
@IntegratieTest
class CollegeSamenstellingSchermTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    long gemeente;
    String secretaris;

    @BeforeEach
    void gemeente() {
        gemeente = gegevens.gemeente().id();
        secretaris = gegevens.account(gemeente, Rol.SECRETARIS);
    }

    private MockMvcRequestBuilder registreer(String naam, String rol, String van, String tot) {
        var verzoek = mvc.post().uri("/college/nieuw").with(user(secretaris)).with(csrf()).param("naam", naam)
                .param("rol", rol).param("periodeVan", van);
        return tot == null ? verzoek : verzoek.param("periodeTot", tot);
    }

    private int aantal(String rol) {
        return jdbc.queryForObject("select count(*) from collegelid where gemeente_id = ? and rol = ?", Integer.class,
                gemeente, rol);
    }

    private Map<String, Object> lid(String naam) {
        return jdbc.queryForMap("select id, periode_van, periode_tot, versie from collegelid where gemeente_id = ? "
                + "and naam = ?", gemeente, naam);
    }

    @Test
    void eenTweedeZittendeBurgemeesterWordtGeweigerdEnDeOpvolgerNaHetVertrekToegelaten() {
        assertThat(registreer("Anna Eerst", "BURGEMEESTER", "2022-06-01", null)).hasStatus3xxRedirection();

        assertThat(registreer("Bert Tweede", "BURGEMEESTER", "2026-01-01", null)).hasStatusOk().bodyText()
                .contains("Anna Eerst is al burgemeester, sinds 1 juni 2022 en zonder einddatum. Een gemeente heeft "
                        + "één burgemeester tegelijk");
        assertThat(aantal("BURGEMEESTER")).isOne();

        // Anna leaves on 31 March 2026; Bert, from 1 April, is her successor.
        var anna = lid("Anna Eerst");
        assertThat(mvc.post().uri("/college/" + anna.get("id") + "/wijzigen").with(user(secretaris)).with(csrf())
                .param("naam", "Anna Eerst").param("rol", "BURGEMEESTER").param("periodeVan", "2022-06-01")
                .param("periodeTot", "2026-03-31").param("versie", anna.get("versie").toString()))
                .hasStatus3xxRedirection();
        assertThat(registreer("Bert Tweede", "BURGEMEESTER", "2026-03-31", null)).hasStatusOk().bodyText()
                .contains("Anna Eerst is burgemeester van 1 juni 2022 tot en met 31 maart 2026, en dat overlapt");
        assertThat(registreer("Bert Tweede", "BURGEMEESTER", "2026-04-01", null)).hasStatus3xxRedirection();
        assertThat(aantal("BURGEMEESTER")).isEqualTo(2);

        // Moving Anna's end past Bert's start is refused as well, and changes nothing.
        var voor = lid("Anna Eerst");
        assertThat(mvc.post().uri("/college/" + voor.get("id") + "/wijzigen").with(user(secretaris)).with(csrf())
                .param("naam", "Anna Eerst").param("rol", "BURGEMEESTER").param("periodeVan", "2022-06-01")
                .param("versie", voor.get("versie").toString())).hasStatusOk().bodyText()
                .contains("Bert Tweede is al burgemeester");
        assertThat(lid("Anna Eerst")).isEqualTo(voor);
    }

    @Test
    void eenBurgemeesterWijzigtZonderMetZichzelfTeBotsen() {
        registreer("Anna Eerst", "BURGEMEESTER", "2022-06-01", null).exchange();
        var anna = lid("Anna Eerst");
        assertThat(mvc.post().uri("/college/" + anna.get("id") + "/wijzigen").with(user(secretaris)).with(csrf())
                .param("naam", "Anna Eerst-de Vries").param("rol", "BURGEMEESTER").param("periodeVan", "2022-05-01")
                .param("versie", anna.get("versie").toString())).hasStatus3xxRedirection();
    }

    @Test
    void eenBurgemeesterInEenAndereGemeenteTeltNiet() {
        var ander = gegevens.gemeente().id();
        var secretarisElders = gegevens.account(ander, Rol.SECRETARIS);
        assertThat(mvc.post().uri("/college/nieuw").with(user(secretarisElders)).with(csrf()).param("naam", "Els Elders")
                .param("rol", "BURGEMEESTER").param("periodeVan", "2022-06-01")).hasStatus3xxRedirection();
        assertThat(registreer("Anna Eerst", "BURGEMEESTER", "2022-06-01", null)).hasStatus3xxRedirection();
    }

    @Test
    void eenNaamInTweeZetelsTegelijkWordtOpgeslagenMetEenWaarschuwing() {
        registreer("Willemijn de Wit", "WETHOUDER", "2022-06-01", null).exchange();

        var resultaat = registreer("willemijn de wit", "GEMEENTESECRETARIS", "2024-01-01", null).exchange();
        assertThat(resultaat).hasStatus3xxRedirection();
        var melding = (Melding) resultaat.getMvcResult().getFlashMap().get("melding");
        assertThat(melding.code()).isEqualTo("collegelid.geregistreerd.overlapOpen");
        assertThat(melding.argumenten()).containsExactly("willemijn de wit", "wethouder", "1 juni 2022");
        assertThat(aantal("GEMEENTESECRETARIS")).isOne();

        var zonderOverlap = registreer("Piet Anders", "WETHOUDER", "2022-06-01", null).exchange();
        assertThat(((Melding) zonderOverlap.getMvcResult().getFlashMap().get("melding")).code())
                .isEqualTo("collegelid.geregistreerd");
    }

    @Test
    void deWaarschuwingStaatInGewoonNederlandsOpDePagina() {
        registreer("Willemijn de Wit", "WETHOUDER", "2022-06-01", "2026-05-31").exchange();
        var resultaat = registreer("Willemijn de Wit", "GEMEENTESECRETARIS", "2026-01-01", null).exchange();
        assertThat(mvc.get().uri("/college").with(user(secretaris))
                .flashAttr("melding", resultaat.getMvcResult().getFlashMap().get("melding")))
                .hasStatusOk().bodyText().contains("Willemijn de Wit is toegevoegd aan het college. Let op: Willemijn "
                        + "de Wit staat in dezelfde periode ook als wethouder in het register (1 juni 2022 tot en met "
                        + "31 mei 2026). Controleer of dat klopt.");
    }

    @Test
    void ambtenWordenAlsLabelMetHoofdletterGetoond() {
        registreer("Anna Eerst", "BURGEMEESTER", "2022-06-01", null).exchange();
        registreer("Willemijn de Wit", "WETHOUDER", "2022-06-01", null).exchange();
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        assertThat(mvc.get().uri("/collegevoorstellen/nieuw").with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains(">Burgemeester Anna Eerst<", ">Wethouder Willemijn de Wit<")
                .doesNotContain(">burgemeester Anna Eerst", ">wethouder Willemijn");
        assertThat(mvc.get().uri("/college").with(user(ambtenaar))).hasStatusOk().bodyText()
                .contains(">Burgemeester<", ">Wethouder<");
    }

    @Test
    void eenAmbtenaarLegtGeenBurgemeesterVast() {
        var ambtenaar = gegevens.account(gemeente, Rol.AMBTENAAR);
        assertThat(mvc.post().uri("/college/nieuw").with(user(ambtenaar)).with(csrf()).param("naam", "Anna Eerst")
                .param("rol", "BURGEMEESTER").param("periodeVan", "2022-06-01")).hasStatus(403);
        assertThat(aantal("BURGEMEESTER")).isZero();
    }
}
