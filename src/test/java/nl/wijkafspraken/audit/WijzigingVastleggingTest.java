package nl.wijkafspraken.audit;

import static nl.wijkafspraken.support.AfsprakenGegevens.als;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.account.AccountWijziging;
import nl.wijkafspraken.bestuur.CollegeRol;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidGegevens;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one mechanism for changes to personal and signing data (issue 13) used beyond the bestuur: an account's name
 * and address and a college member's data are written to the trail with old and new value of each changed field.
 */
@IntegratieTest
class WijzigingVastleggingTest {

    @Autowired
    Testgegevens gegevens;
    @Autowired
    AccountService accounts;
    @Autowired
    CollegeService college;
    @Autowired
    JdbcTemplate jdbc;

    private String laatste(long gemeenteId, String objecttype, String actie) {
        return jdbc.queryForObject("select samenvatting from audit_regel where gemeente_id = ? and objecttype = ? "
                + "and actie = ? order by id desc limit 1", String.class, gemeenteId, objecttype, actie);
    }

    @Test
    void hetAdresVanEenAccountStaatMetOudeEnNieuweWaardeInDeAudittrail() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var ambtenaar = gegevens.account(gemeente.id(), Rol.AMBTENAAR);
        var id = jdbc.queryForObject("select id from account where gebruikersnaam = ?", Long.class, ambtenaar);
        var versie = jdbc.queryForObject("select versie from account where id = ?", Long.class, id);

        als(beheerder, () -> {
            accounts.wijzig(id, new AccountWijziging(versie, "Test " + ambtenaar, "elders@test.example",
                    Set.of(Rol.AMBTENAAR), Set.of()));
            return null;
        });

        assertThat(laatste(gemeente.id(), "Account", "GEWIJZIGD")).contains("door " + beheerder,
                "email: \"" + ambtenaar + "@test.example\" → \"elders@test.example\"").doesNotContain("naam:");
    }

    @Test
    void deGegevensVanEenCollegelidStaanMetOudeEnNieuweWaardeInDeAudittrail() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);
        var id = college.registreer(gemeente.id(), new CollegelidGegevens("Willem Wit", CollegeRol.WETHOUDER,
                List.of("wijken"), LocalDate.of(2022, 6, 1), null));
        assertThat(laatste(gemeente.id(), "Collegelid", "AANGEMAAKT")).contains("naam: — → \"Willem Wit\"");

        als(beheerder, () -> {
            college.wijzig(id, 0, new CollegelidGegevens("Willemijn de Wit", CollegeRol.WETHOUDER, List.of("wijken"),
                    LocalDate.of(2022, 6, 1), LocalDate.of(2026, 6, 1)));
            return null;
        });

        assertThat(laatste(gemeente.id(), "Collegelid", "GEWIJZIGD")).contains(
                "naam: \"Willem Wit\" → \"Willemijn de Wit\"", "periodeTot: — → 2026-06-01")
                .doesNotContain("rol:", "portefeuilles:");
    }
}
