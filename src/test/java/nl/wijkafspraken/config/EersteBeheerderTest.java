package nl.wijkafspraken.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import nl.wijkafspraken.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegratieTest
class EersteBeheerderTest {

    @Autowired
    EersteBeheerder eersteBeheerder;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void maaktGemeenteEnBeheerderEenmaalAanEnLogtNooitHetWachtwoord() {
        assertThat(eersteBeheerder.maakAan("eerste-beheerder", "een-lang-wachtwoord", "eerstegem", "Eerstegem"))
                .isTrue();
        assertThat(eersteBeheerder.maakAan("eerste-beheerder", "een-lang-wachtwoord", "eerstegem", "Eerstegem"))
                .isFalse();
        assertThat(jdbc.queryForList("select r.rol from roltoekenning r join account a on a.id = r.account_id "
                + "join gemeente g on g.id = r.gemeente_id where a.gebruikersnaam = 'eerste-beheerder' "
                + "and g.code = 'eerstegem'", String.class)).containsExactlyInAnyOrder("BEHEERDER", "AMBTENAAR");
        assertThat(mvc.perform(formLogin().user("eerste-beheerder").password("een-lang-wachtwoord")))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where samenvatting like '%een-lang-wachtwoord%'",
                Integer.class)).isZero();
    }

    @Test
    void weigertEenKortWachtwoordOfOntbrekendeGegevens() {
        assertThat(eersteBeheerder.maakAan("kort", "kort", "kortgem", "Kortgem")).isFalse();
        assertThat(eersteBeheerder.maakAan("zonder-gemeente", "een-lang-wachtwoord", "", null)).isFalse();
        assertThat(eersteBeheerder.maakAan("veelgebruikt", "password12345", "veelgem", "Veelgem")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from account where gebruikersnaam in ('kort', 'zonder-gemeente', "
                + "'veelgebruikt')", Integer.class)).isZero();
    }
}
