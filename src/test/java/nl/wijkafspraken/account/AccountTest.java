package nl.wijkafspraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Rol;
import org.junit.jupiter.api.Test;

/** The rules of {@link Account#vervangRollen}: plain unit tests, no database needed. */
class AccountTest {

    private static final long AALSMEER = 1;
    private static final long AMSTELVEEN = 2;

    private final Account account = new Account("jan", "Jan", "jan@example.nl", "{noop}x");

    @Test
    void rollenInAndereGemeenteBlijvenStaan() {
        account.vervangRollen(AMSTELVEEN, List.of(Rol.SECRETARIS), List.of());
        account.vervangRollen(AALSMEER, List.of(Rol.AMBTENAAR), List.of());

        account.vervangRollen(AALSMEER, List.of(Rol.BESTUURDER), List.of());

        assertThat(rollen(AALSMEER)).containsExactly("BESTUURDER");
        assertThat(rollen(AMSTELVEEN)).containsExactly("SECRETARIS");
    }

    @Test
    void zonderRolWeigert() {
        account.vervangRollen(AALSMEER, List.of(Rol.AMBTENAAR), List.of());

        assertThatThrownBy(() -> account.vervangRollen(AALSMEER, List.of(), List.of()))
                .isInstanceOfSatisfying(DomeinregelException.class, e -> {
                    assertThat(e.getVeld()).isEqualTo("rollen");
                    assertThat(e.getBerichtcode()).isEqualTo("account.rollen.verplicht");
                });
        assertThat(rollen(AALSMEER)).containsExactly("AMBTENAAR");
    }

    @Test
    void bestuurslidZonderWijkoverlegWeigert() {
        assertThatThrownBy(() -> account.vervangRollen(AALSMEER, List.of(Rol.BESTUURSLID), List.of()))
                .isInstanceOfSatisfying(DomeinregelException.class, e -> {
                    assertThat(e.getVeld()).isEqualTo("wijkoverlegIds");
                    assertThat(e.getBerichtcode()).isEqualTo("account.wijkoverleggen.verplicht");
                });
        assertThat(account.getRollen()).isEmpty();
    }

    @Test
    void bestuurslidKrijgtEenToekenningPerWijkoverleg() {
        account.vervangRollen(AALSMEER, List.of(Rol.BESTUURSLID, Rol.BESTUURSLID), List.of(7L, 8L, 7L));

        assertThat(rollen(AALSMEER)).containsExactlyInAnyOrder("BESTUURSLID 7", "BESTUURSLID 8");
    }

    @Test
    void wijkoverleggenZonderRolBestuurslidTellenNiet() {
        account.vervangRollen(AALSMEER, List.of(Rol.AMBTENAAR), List.of(7L));

        assertThat(rollen(AALSMEER)).containsExactly("AMBTENAAR");
    }

    @Test
    void ongewijzigdeToekenningBlijftDezelfde() {
        account.vervangRollen(AALSMEER, List.of(Rol.AMBTENAAR, Rol.BESTUURSLID), List.of(7L));
        var ambtenaar = account.rollenIn(AALSMEER).stream().filter(r -> r.getRol() == Rol.AMBTENAAR).findFirst()
                .orElseThrow();

        account.vervangRollen(AALSMEER, List.of(Rol.AMBTENAAR, Rol.BEHEERDER), List.of());

        assertThat(rollen(AALSMEER)).containsExactlyInAnyOrder("AMBTENAAR", "BEHEERDER");
        assertThat(account.rollenIn(AALSMEER)).contains(ambtenaar);
    }

    private List<String> rollen(long gemeenteId) {
        return account.rollenIn(gemeenteId).stream()
                .map(r -> r.getWijkoverlegId() == null ? r.getRol().name() : r.getRol() + " " + r.getWijkoverlegId())
                .toList();
    }
}
