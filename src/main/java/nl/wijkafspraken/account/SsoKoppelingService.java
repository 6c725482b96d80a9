package nl.wijkafspraken.account;

import java.util.Locale;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.HuidigeGebruiker;
import nl.wijkafspraken.post.Bericht;
import nl.wijkafspraken.post.PostService;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an account gets its SSO link: a BEHEERDER enters the person's subject at the provider on the account (the
 * {@code oid} in Entra ID, the user's ID in Keycloak), as they would set a password. Only a BEHEERDER in every gemeente
 * of the account, since the link gives access to all of them; the account must be in the active gemeente (else 404).
 * Never one's own account, and the account holder is told by e-mail: a link is a second way into the account that,
 * unlike a password reset, the holder would not notice, so a BEHEERDER who links someone's account to an identity
 * of their own does not go unseen (issue 12: nobody acts in another's name).
 * There is no self-service binding and no account is ever made or linked by a login: the provider's people are not
 * all our users, and a link chosen by the one logging in could be to someone else's account. Linking or unlinking is
 * in the audit trail with the old and new value; replacing or removing a link ends the account's sessions, so the
 * old identity is out at once.
 */
@Service
@Transactional
public class SsoKoppelingService {

    private static final int MAX_ONDERWERP = 255;
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final AccountService accountService;
    private final AccountRepository accounts;
    private final SsoRegistraties registraties;
    private final HuidigeGebruiker huidigeGebruiker;
    private final AuditService audit;
    private final Sessiebeheer sessies;
    private final PostService post;
    private final MessageSource teksten;

    SsoKoppelingService(AccountService accountService, AccountRepository accounts, SsoRegistraties registraties,
            HuidigeGebruiker huidigeGebruiker, AuditService audit, Sessiebeheer sessies, PostService post,
            MessageSource teksten) {
        this.post = post;
        this.teksten = teksten;
        this.accountService = accountService;
        this.accounts = accounts;
        this.registraties = registraties;
        this.huidigeGebruiker = huidigeGebruiker;
        this.audit = audit;
        this.sessies = sessies;
    }

    /** The link of an account of the active gemeente; for a BEHEERDER only. */
    @Transactional(readOnly = true)
    public SsoKoppeling koppeling(long accountId) {
        // AccountService.account checks the role and the gemeente, and says whether this BEHEERDER may change
        // what belongs to the account as a whole.
        var overzicht = accountService.account(accountId);
        var account = accounts.findById(accountId).orElseThrow();
        var provider = account.getSsoIssuer() == null ? null : registraties.metIssuer(account.getSsoIssuer())
                .map(SsoRegistratie::naam).orElse(account.getSsoIssuer());
        var eigen = accountId == huidigeGebruiker.get().accountId();
        return new SsoKoppeling(accountId, overzicht.versie(), overzicht.gebruikersnaam(),
                registraties.alle().stream().filter(r -> r.issuer() != null).toList(), provider,
                account.getSsoOnderwerp(), eigen, overzicht.gegevensWijzigbaar() && !eigen);
    }

    /** Links the account to the person with this subject at the provider of the registration, replacing any link. */
    public void koppel(long accountId, long versie, String registratieId, String onderwerp) {
        var account = teWijzigen(accountId, versie);
        var registratie = registraties.metId(registratieId == null ? "" : registratieId)
                .filter(r -> r.issuer() != null)
                .orElseThrow(() -> DomeinregelException.voorVeld("registratie", "account.sso.registratie.onbekend"));
        var nieuw = geldigOnderwerp(onderwerp);
        if (registratie.issuer().equals(account.getSsoIssuer()) && nieuw.equals(account.getSsoOnderwerp())) {
            return;
        }
        accounts.findBySsoIssuerAndSsoOnderwerp(registratie.issuer(), nieuw).ifPresent(ander -> {
            throw DomeinregelException.voorVeld("onderwerp", "account.sso.onderwerp.inGebruik");
        });
        var oud = beschrijf(account);
        account.koppelSso(registratie.issuer(), nieuw);
        accounts.flush();
        audit.registreer(huidigeGebruiker.get().gemeenteId(), "SSO_GEKOPPELD", "Account", accountId,
                "SSO-koppeling van " + account.getGebruikersnaam() + ": " + oud + " → " + beschrijf(account)
                        + "; door " + huidigeGebruiker.get().gebruikersnaam());
        if (!"geen".equals(oud)) {
            sessies.beeindigAndereSessies(account);
        }
        meld(account, "account.sso.post.gekoppeld", registratie.naam());
    }

    /** Removes the link: the account logs in with its password only, and its sessions end. */
    public void ontkoppel(long accountId, long versie) {
        var account = teWijzigen(accountId, versie);
        if (account.getSsoOnderwerp() == null) {
            throw new DomeinregelException("account.sso.nietGekoppeld");
        }
        var oud = beschrijf(account);
        account.ontkoppelSso();
        accounts.flush();
        audit.registreer(huidigeGebruiker.get().gemeenteId(), "SSO_ONTKOPPELD", "Account", accountId,
                "SSO-koppeling van " + account.getGebruikersnaam() + ": " + oud + " → geen; door "
                        + huidigeGebruiker.get().gebruikersnaam());
        sessies.beeindigAndereSessies(account);
        meld(account, "account.sso.post.ontkoppeld");
    }

    /** Tells the account holder, at the address of the account, that a way into their account changed. */
    private void meld(Account account, String sleutel, Object... argumenten) {
        if (account.getEmail() == null || account.getEmail().isBlank()) {
            return;
        }
        var beheerder = huidigeGebruiker.get();
        var tekst = teksten.getMessage(sleutel, argumenten, NL) + "\n\n" + teksten.getMessage(
                "account.sso.post.slot", new Object[] {beheerder.naam(), beheerder.gemeenteNaam()}, NL);
        post.verstuur(new Bericht(beheerder.gemeenteId(), account.getEmail(),
                teksten.getMessage("account.sso.post.onderwerp", null, NL), tekst));
    }

    private Account teWijzigen(long accountId, long versie) {
        var overzicht = accountService.account(accountId);
        if (accountId == huidigeGebruiker.get().accountId()) {
            throw new DomeinregelException("account.sso.eigen");
        }
        if (!overzicht.gegevensWijzigbaar()) {
            throw new DomeinregelException("account.sso.gedeeld");
        }
        var account = accounts.findById(accountId).orElseThrow();
        if (account.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Account.class, accountId);
        }
        return account;
    }

    /**
     * The subject as the provider sends it: case-sensitive and kept exactly, only the spaces around it are dropped
     * (copied from an admin screen). No control characters, at most 255 characters (OpenID Connect Core 2).
     */
    private static String geldigOnderwerp(String onderwerp) {
        var schoon = onderwerp == null ? "" : onderwerp.strip();
        if (schoon.isEmpty()) {
            throw DomeinregelException.voorVeld("onderwerp", "account.sso.onderwerp.verplicht");
        }
        if (schoon.length() > MAX_ONDERWERP || schoon.codePoints().anyMatch(Character::isISOControl)) {
            throw DomeinregelException.voorVeld("onderwerp", "account.sso.onderwerp.ongeldig");
        }
        return schoon;
    }

    private static String beschrijf(Account account) {
        return account.getSsoOnderwerp() == null ? "geen" : account.getSsoOnderwerp() + " bij " + account.getSsoIssuer();
    }
}
