package nl.wijkafspraken.account;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkafspraken.gedeeld.Rol;

/**
 * A row of the BEHEERDER's user list: the account with its roles in the active gemeente only, and for a
 * BESTUURSLID the names of the wijkoverleggen, by name.
 */
public record AccountRegel(long id, String gebruikersnaam, String naam, String email, Set<Rol> rollen,
        List<String> wijkoverleggen, boolean actief, Set<Rol> aangevraagd) {

    public AccountRegel {
        rollen = Set.copyOf(rollen);
        aangevraagd = Set.copyOf(aangevraagd);
        wijkoverleggen = List.copyOf(wijkoverleggen);
    }

    /** The roles in the order of {@link Rol}, for a stable display. */
    public List<Rol> rollenGesorteerd() {
        return rollen.stream().sorted().toList();
    }

    /** The roles that wait for a second BEHEERDER, in the order of {@link Rol}. */
    public List<Rol> aangevraagdGesorteerd() {
        return aangevraagd.stream().sorted().toList();
    }

    static AccountRegel van(Account account, long gemeenteId, Map<Long, String> wijkoverlegNamen,
            Set<Rol> aangevraagd) {
        var toekenningen = account.rollenIn(gemeenteId);
        return new AccountRegel(account.getId(), account.getGebruikersnaam(), account.getNaam(), account.getEmail(),
                toekenningen.stream().map(Roltoekenning::getRol).collect(Collectors.toSet()),
                toekenningen.stream().map(Roltoekenning::getWijkoverlegId).filter(Objects::nonNull)
                        .map(id -> wijkoverlegNamen.getOrDefault(id, "#" + id)).distinct().sorted().toList(),
                account.isActief(), aangevraagd);
    }
}
