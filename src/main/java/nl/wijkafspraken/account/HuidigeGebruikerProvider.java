package nl.wijkafspraken.account;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wijkafspraken.gedeeld.GeenToegangException;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.GemeenteKeuze;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.gemeente.GemeenteInfo;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Builds the {@link Gebruiker} from the database once per request, so that a role granted or taken away by a
 * BEHEERDER counts from the next request on, not from the next login. The active gemeente lives in the session.
 */
@Component
class HuidigeGebruikerProvider implements HuidigeGebruiker {

    static final String ACTIEVE_GEMEENTE = "wijkafspraken.actieveGemeenteId";
    private static final String CACHE = HuidigeGebruikerProvider.class.getName() + ".gebruiker";

    private final AccountRepository accounts;
    private final GemeenteRegister gemeenten;

    HuidigeGebruikerProvider(AccountRepository accounts, GemeenteRegister gemeenten) {
        this.accounts = accounts;
        this.gemeenten = gemeenten;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Gebruiker> find() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) != null) {
            return (Optional<Gebruiker>) request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        }
        var gebruiker = laad(request);
        if (request != null) {
            request.setAttribute(CACHE, gebruiker, RequestAttributes.SCOPE_REQUEST);
        }
        return gebruiker;
    }

    /** Makes another gemeente of the user the active one; refuses a gemeente the user holds no role in. */
    void wisselGemeente(long gemeenteId) {
        var gebruiker = get();
        if (gebruiker.gemeenten().stream().noneMatch(g -> g.id() == gemeenteId)) {
            throw new GeenToegangException();
        }
        var request = Objects.requireNonNull(RequestContextHolder.getRequestAttributes());
        request.setAttribute(ACTIEVE_GEMEENTE, gemeenteId, RequestAttributes.SCOPE_SESSION);
        request.removeAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
    }

    private Optional<Gebruiker> laad(RequestAttributes request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        var account = accounts.metNaam(authentication.getName())
                .filter(Account::isActief).orElse(null);
        if (account == null || account.getRollen().isEmpty()) {
            return Optional.empty();
        }
        var gemeenteIds = account.getRollen().stream().map(Roltoekenning::getGemeenteId).collect(Collectors.toSet());
        var keuzes = gemeenten.alleGemeenten().stream()
                .filter(g -> gemeenteIds.contains(g.id()))
                .sorted(Comparator.comparing(GemeenteInfo::naam))
                .map(g -> new GemeenteKeuze(g.id(), g.naam()))
                .toList();
        var gekozen = request == null ? null : request.getAttribute(ACTIEVE_GEMEENTE, RequestAttributes.SCOPE_SESSION);
        var actief = keuzes.stream().filter(g -> Objects.equals(g.id(), gekozen)).findFirst()
                .orElse(keuzes.getFirst());
        var rollen = account.rollenIn(actief.id());
        return Optional.of(new Gebruiker(account.getId(), account.getGebruikersnaam(), account.getNaam(),
                actief.id(), actief.naam(),
                rollen.stream().map(Roltoekenning::getRol).collect(Collectors.toSet()),
                rollen.stream().map(Roltoekenning::getWijkoverlegId).filter(Objects::nonNull)
                        .collect(Collectors.toCollection(HashSet::new)),
                keuzes));
    }
}
