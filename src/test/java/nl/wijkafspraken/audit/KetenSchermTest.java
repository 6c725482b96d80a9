package nl.wijkafspraken.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.support.IntegratieTest;
import nl.wijkafspraken.support.Testgegevens;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The BEHEERDER's page of the hash chains: only a BEHEERDER; every BEHEERDER sees whether each chain is intact (the
 * chains hold all gemeenten), but the broken row itself only when it is of their own gemeente.
 */
@IntegratieTest
class KetenSchermTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testgegevens gegevens;
    @Autowired
    AuditService audit;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Vervalser vervalser;

    @Test
    void deBeheerderZietDatAlleKetensIntactZijn() {
        var gemeente = gegevens.gemeente();
        var beheerder = gegevens.account(gemeente.id(), Rol.BEHEERDER);

        assertThat(mvc.get().uri("/beheer/ketens").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Hashketens", "Alle ketens zijn intact", "Audittrail", "Handtekeningen", "Weigeringen",
                        "Verzegelde documenten", "Ondertekenaars van verzegelde documenten")
                .doesNotContain("Gebroken");
        assertThat(mvc.get().uri("/beheer/audit").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("href=\"/beheer/ketens\"");
    }

    @ParameterizedTest
    @EnumSource(value = Rol.class, names = "BEHEERDER", mode = EnumSource.Mode.EXCLUDE)
    void andereRollenKrijgen403(Rol rol) {
        var gemeente = gegevens.gemeente();
        var login = rol == Rol.BESTUURSLID
                ? gegevens.bestuurslid(gemeente.id(), gegevens.wijkoverleg(gemeente.id(), "Wijkoverleg Keten "
                        + gemeente.id(), Set.of(gemeente.wijkNoord())))
                : gegevens.account(gemeente.id(), rol);

        assertThat(mvc.get().uri("/beheer/ketens").with(user(login))).hasStatus(403);
    }

    @Test
    void zonderInloggenNaarDeInlogpagina() {
        assertThat(mvc.get().uri("/beheer/ketens")).hasStatus3xxRedirection();
    }

    @Test
    void eenBreukInEenRegelVanEenAndereGemeenteWordtGemeldMaarNietAangewezen() {
        var eigen = gegevens.gemeente();
        var andere = gegevens.gemeente();
        var beheerder = gegevens.account(eigen.id(), Rol.BEHEERDER);
        var beheerderElders = gegevens.account(andere.id(), Rol.BEHEERDER);
        transactie.executeWithoutResult(t -> audit.registreer(andere.id(), "GEWIJZIGD", "Test", null, "te vervalsen"));
        long id = jdbc.queryForObject("select max(id) from audit_regel where gemeente_id = ?", Long.class, andere.id());

        vervalser.wijzig("audit_regel", id, "samenvatting", "vervalst", () -> {
            assertThat(mvc.get().uri("/beheer/ketens").with(user(beheerder))).hasStatusOk().bodyText()
                    .contains("Minstens één keten is gebroken", "Gebroken", "In een regel van een andere gemeente.")
                    .doesNotContain("Regel " + id + " in audit_regel", "vervalst");
            assertThat(mvc.get().uri("/beheer/ketens").with(user(beheerderElders))).hasStatusOk().bodyText()
                    .contains("Regel " + id + " in audit_regel", "de inhoud is gewijzigd")
                    .doesNotContain("vervalst");
            return null;
        });

        assertThat(mvc.get().uri("/beheer/ketens").with(user(beheerder))).hasStatusOk().bodyText()
                .contains("Alle ketens zijn intact");
    }
}
