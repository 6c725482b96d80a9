package nl.wijkafspraken.account;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkafspraken.gedeeld.Rol;

/**
 * An account as the BEHEERDER edits it: its data, its version for optimistic locking, and its roles and
 * wijkoverleggen in the active gemeente. {@code gegevensWijzigbaar} is false when the account also works in a
 * gemeente where this BEHEERDER is not BEHEERDER: then name, e-mail and password are not theirs to change.
 * {@code aangevraagd} holds BEHEERDER or BESTUURDER when that grant waits for a second BEHEERDER.
 * {@code rollenWijzigbaar} is false for one's own account: nobody changes their own roles, so the page does not
 * offer it.
 */
public record AccountOverzicht(long id, long versie, String gebruikersnaam, String naam, String email,
        Set<Rol> rollen, Set<Long> wijkoverlegIds, boolean actief, boolean gegevensWijzigbaar, Set<Rol> aangevraagd,
        boolean rollenWijzigbaar) {

    public AccountOverzicht {
        rollen = Set.copyOf(rollen);
        aangevraagd = Set.copyOf(aangevraagd);
        wijkoverlegIds = Set.copyOf(wijkoverlegIds);
    }

    static AccountOverzicht van(Account account, long gemeenteId, boolean gegevensWijzigbaar,
            Set<Rol> aangevraagd, boolean rollenWijzigbaar) {
        var toekenningen = account.rollenIn(gemeenteId);
        return new AccountOverzicht(account.getId(), account.getVersie(), account.getGebruikersnaam(),
                account.getNaam(), account.getEmail(),
                toekenningen.stream().map(Roltoekenning::getRol).collect(Collectors.toSet()),
                toekenningen.stream().map(Roltoekenning::getWijkoverlegId).filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                account.isActief(), gegevensWijzigbaar, aangevraagd, rollenWijzigbaar);
    }
}
