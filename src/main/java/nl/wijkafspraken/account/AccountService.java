package nl.wijkafspraken.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Bereik;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gedeeld.Rechtenmatrix;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Accounts and their roles. A BEHEERDER manages the accounts holding a role in the active gemeente, and only their
 * roles in that gemeente; an account of another gemeente is "not found". Name, e-mail and password belong to the
 * account as a whole, so a BEHEERDER changes them only when they are BEHEERDER in every gemeente the account works
 * in: otherwise a password reset would hand them another gemeente's access.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final String OBJECTTYPE = "Account";
    private static final Sort SORTERING = Sort.by(Sort.Order.asc("naam").ignoreCase(),
            Sort.Order.asc("gebruikersnaam").ignoreCase());

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final HuidigeGebruikerProvider huidigeGebruiker;
    private final Rechten rechten;
    private final AuditService audit;
    private final WijkoverlegService wijkoverleggen;
    private final EntityManager entityManager;
    private final Wachtwoordbeleid wachtwoordbeleid;
    private final Sessiebeheer sessies;
    private final RolverzoekService rolverzoeken;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder,
            HuidigeGebruikerProvider huidigeGebruiker, Rechten rechten, AuditService audit,
            WijkoverlegService wijkoverleggen, EntityManager entityManager, Wachtwoordbeleid wachtwoordbeleid, Sessiebeheer sessies,
            RolverzoekService rolverzoeken) {
        this.rolverzoeken = rolverzoeken;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.huidigeGebruiker = huidigeGebruiker;
        this.rechten = rechten;
        this.audit = audit;
        this.wijkoverleggen = wijkoverleggen;
        this.entityManager = entityManager;
        this.wachtwoordbeleid = wachtwoordbeleid;
        this.sessies = sessies;
    }

    /** Switches the active gemeente of the logged-in user and returns its name. */
    public String wisselGemeente(long gemeenteId) {
        huidigeGebruiker.wisselGemeente(gemeenteId);
        return huidigeGebruiker.get().gemeenteNaam();
    }

    public boolean bestaat(String gebruikersnaam) {
        return accounts.bestaatNaam(gebruikersnaam);
    }

    /**
     * The active accounts holding a role in the gemeente, by name: the only accounts another module may link to
     * something of this gemeente. Without a user check: the calling service has checked role and gemeente.
     */
    public List<AccountKeuze> accountKeuzes(long gemeenteId) {
        return accounts.findAllInGemeente(gemeenteId, SORTERING).stream().filter(Account::isActief)
                .map(AccountService::keuze).toList();
    }

    /**
     * One active account with a role in the gemeente, or empty: for an id of another gemeente just as for one that
     * does not exist, so that the answer reveals no accounts elsewhere.
     */
    public Optional<AccountKeuze> accountKeuze(long gemeenteId, long accountId) {
        return accounts.findInGemeente(accountId, gemeenteId).filter(Account::isActief)
                .filter(a -> !a.rollenIn(gemeenteId).isEmpty()).map(AccountService::keuze);
    }

    /**
     * Accounts by id, to name the persons in something this gemeente recorded (who proposed, who confirmed). Only
     * for ids the caller took from its own gemeente's records.
     */
    public Map<Long, AccountKeuze> accountKeuzes(Collection<Long> ids) {
        return accounts.findAllById(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Account::getId, AccountService::keuze));
    }

    private static AccountKeuze keuze(Account account) {
        return new AccountKeuze(account.getId(), account.getGebruikersnaam(), account.getNaam());
    }

    /**
     * The e-mail address of an active account, without a user check: for a module that mails a colleague about
     * their own work (e.g. the civil servant who started a signing round hears of a refusal).
     */
    /** The active account with this name in any spelling that normalises to it, for the second factor. */
    public Optional<Inlogprofiel> inlogprofiel(String gebruikersnaam) {
        return accounts.metNaam(gebruikersnaam).filter(Account::isActief)
                .map(a -> new Inlogprofiel(a.getId(), a.getGebruikersnaam(), a.getNaam(), a.gemeenteIds(),
                        a.getRollen().stream().map(Roltoekenning::getRol).collect(Collectors.toSet())));
    }

    public Optional<String> emailadres(String gebruikersnaam) {
        return accounts.metNaam(gebruikersnaam).filter(Account::isActief)
                .map(Account::getEmail).filter(StringUtils::hasText);
    }

    /**
     * Creates an account with roles in one gemeente. Without a logged-in BEHEERDER check: for set-up and demo
     * data; the BEHEERDER's screens go through the checked methods.
     */
    @Transactional
    public long registreer(String gebruikersnaam, String naam, String email, String wachtwoord, long gemeenteId,
            Collection<Rol> rollen, Collection<Long> wijkoverlegIds) {
        if (accounts.bestaatNaam(gebruikersnaam)) {
            throw new DomeinregelException("account.gebruikersnaam.bestaat", gebruikersnaam);
        }
        wachtwoordbeleid.controleer(wachtwoord, "wachtwoord", gebruikersnaam, naam, email);
        var account = new Account(gebruikersnaam, naam, email, passwordEncoder.encode(wachtwoord));
        account.vervangRollen(gemeenteId, rollen, wijkoverlegIds);
        accounts.saveAndFlush(account);
        audit.registreer(gemeenteId, "AANGEMAAKT", OBJECTTYPE, account.getId(),
                "Account " + gebruikersnaam + " met rollen " + rollen);
        return account.getId();
    }

    /** Adds roles in another gemeente to an existing account (set-up and demo data). */
    @Transactional
    public void kenRollenToe(String gebruikersnaam, long gemeenteId, Collection<Rol> rollen,
            Collection<Long> wijkoverlegIds) {
        var account = accounts.metNaam(gebruikersnaam)
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, gebruikersnaam));
        account.vervangRollen(gemeenteId, rollen, wijkoverlegIds);
        accounts.flush();
        audit.registreer(gemeenteId, "ROLLEN_GEWIJZIGD", OBJECTTYPE, account.getId(),
                "Rollen van " + gebruikersnaam + ": " + List.copyOf(rollen));
        sessies.beeindigAndereSessies(account);
    }

    /** The accounts with a role in the active gemeente, by name, optionally filtered on (part of) name or username. */
    @Transactional(readOnly = true)
    public Page<AccountRegel> zoek(String zoekterm, Pageable pageable) {
        var gebruiker = rechten.vereis(Actie.ACCOUNTS_BEHEREN);
        var zoek = zoekterm == null ? "" : zoekterm.trim().toLowerCase(Locale.ROOT);
        var gesorteerd = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), SORTERING);
        var namen = wijkoverleggen.namen();
        var aangevraagd = rolverzoeken.aangevraagd(gebruiker.gemeenteId());
        return accounts.zoekInGemeente(gebruiker.gemeenteId(), zoek, gesorteerd)
                .map(a -> AccountRegel.van(a, gebruiker.gemeenteId(), namen,
                        aangevraagd.getOrDefault(a.getId(), Set.of())));
    }

    /** One account of the active gemeente, to edit. */
    @Transactional(readOnly = true)
    public AccountOverzicht account(long id) {
        var gebruiker = rechten.vereis(Actie.ACCOUNTS_BEHEREN);
        var account = inGemeente(gebruiker, id);
        return AccountOverzicht.van(account, gebruiker.gemeenteId(), beheertGegevens(gebruiker, account),
                rolverzoeken.aangevraagd(id, gebruiker.gemeenteId()), id != gebruiker.accountId());
    }

    /** The wijkoverleggen of the active gemeente a BESTUURSLID role can name, by name. */
    @Transactional(readOnly = true)
    public Map<Long, String> wijkoverlegKeuzes() {
        var gebruiker = rechten.vereis(Actie.ACCOUNTS_BEHEREN);
        return wijkoverleggen.namen();
    }

    /**
     * Creates an account with roles in the active gemeente. BEHEERDER and BESTUURDER are not granted here but
     * requested: they wait for a second BEHEERDER (see {@link RolverzoekService}). An account whose only roles wait
     * like that starts without roles, and its open request keeps it in the user list.
     */
    @Transactional
    public long maak(NieuwAccount nieuw) {
        var gebruiker = rechten.vereis(Actie.ACCOUNTS_BEHEREN);
        var gebruikersnaam = vereisTekst(nieuw.gebruikersnaam(), "gebruikersnaam", "account.gebruikersnaam.verplicht");
        if (accounts.bestaatNaam(gebruikersnaam)) {
            throw DomeinregelException.voorVeld("gebruikersnaam", "account.gebruikersnaam.bestaat", gebruikersnaam);
        }
        var naam = vereisTekst(nieuw.naam(), "naam", "account.naam.verplicht");
        wachtwoordbeleid.controleer(nieuw.wachtwoord(), "wachtwoord", gebruikersnaam, naam, nieuw.email());
        if (nieuw.rollen().isEmpty()) {
            throw DomeinregelException.voorVeld("rollen", "account.rollen.verplicht");
        }
        var namen = wijkoverleggen.namen();
        var wijkoverlegIds = wijkoverleggenVan(nieuw.rollen(), nieuw.wijkoverlegIds(), namen);
        var account = new Account(gebruikersnaam, naam, email(nieuw.email()),
                passwordEncoder.encode(nieuw.wachtwoord()));
        var direct = direct(nieuw.rollen());
        if (!direct.isEmpty()) {
            account.vervangRollen(gebruiker.gemeenteId(), direct, wijkoverlegIds);
        }
        accounts.saveAndFlush(account);
        audit.registreer(gebruiker.gemeenteId(), "AANGEMAAKT", OBJECTTYPE, account.getId(), "Account "
                + gebruikersnaam + " aangemaakt met rollen " + account.rollenTekst(gebruiker.gemeenteId(), namen));
        rolverzoeken.werkBij(gebruiker, account, nieuw.rollen());
        return account.getId();
    }

    /**
     * Changes name, e-mail and the roles in the active gemeente in one transaction. Nobody changes their own roles
     * (issue 12: a BEHEERDER gave himself BESTUURDER and signed for the gemeente); a BEHEERDER or BESTUURDER ticked
     * for someone else waits for a second BEHEERDER, every other change of roles takes effect at once. A change of
     * roles ends the account's other sessions, so that a role taken away is gone everywhere at once.
     */
    @Transactional
    public void wijzig(long id, AccountWijziging wijziging) {
        var gebruiker = rechten.vereis(Actie.ACCOUNTS_BEHEREN);
        var account = actueel(gebruiker, id, wijziging.versie());
        var eigen = id == gebruiker.accountId();
        if (eigen && !ongewijzigd(account, gebruiker.gemeenteId(), wijziging)) {
            throw DomeinregelException.voorVeld("rollen", "account.rollen.eigen");
        }
        if (wijziging.rollen().isEmpty()) {
            throw DomeinregelException.voorVeld("rollen", "account.rollen.verplicht");
        }
        var naam = vereisTekst(wijziging.naam(), "naam", "account.naam.verplicht");
        var email = email(wijziging.email());
        boolean gegevensGewijzigd = !naam.equals(account.getNaam()) || !Objects.equals(email, account.getEmail());
        var gegevensVoor = new Accountgegevens(account.getNaam(), account.getEmail());
        if (gegevensGewijzigd) {
            vereisGegevensBeheer(gebruiker, account);
            account.wijzig(naam, email);
        }
        var namen = wijkoverleggen.namen();
        var oudeRollen = account.rollenTekst(gebruiker.gemeenteId(), namen);
        if (!eigen) {
            var direct = direct(wijziging.rollen());
            direct.addAll(account.rollenIn(gebruiker.gemeenteId()).stream().map(Roltoekenning::getRol)
                    .filter(r -> Rolverzoek.VIER_OGEN.contains(r) && wijziging.rollen().contains(r)).toList());
            if (direct.isEmpty()) {
                account.trekRollenIn(gebruiker.gemeenteId());
            } else {
                account.vervangRollen(gebruiker.gemeenteId(), direct,
                        wijkoverleggenVan(wijziging.rollen(), wijziging.wijkoverlegIds(), namen));
            }
        }
        var nieuweRollen = account.rollenTekst(gebruiker.gemeenteId(), namen);
        if (!oudeRollen.equals(nieuweRollen)) {
            // Roltoekenning owns the relation, so Hibernate leaves the account's version alone; a form opened
            // before this change must still meet a conflict.
            entityManager.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        accounts.flush();
        if (gegevensGewijzigd) {
            audit.registreerWijziging(gebruiker.gemeenteId(), "GEWIJZIGD", OBJECTTYPE, id,
                    "Naam en e-mailadres van account " + account.getGebruikersnaam() + " gewijzigd door "
                            + gebruiker.gebruikersnaam(), gegevensVoor,
                    new Accountgegevens(account.getNaam(), account.getEmail()));
        }
        if (!oudeRollen.equals(nieuweRollen)) {
            audit.registreer(gebruiker.gemeenteId(), "ROLLEN_GEWIJZIGD", OBJECTTYPE, id,
                    "Rollen van " + account.getGebruikersnaam() + ": " + oudeRollen + " → " + nieuweRollen
                            + "; gewijzigd door " + gebruiker.gebruikersnaam());
            sessies.beeindigAndereSessies(account);
        }
        if (!eigen) {
            rolverzoeken.werkBij(gebruiker, account, wijziging.rollen());
        }
    }

    /** The ticked roles that take effect at once: all but BEHEERDER and BESTUURDER. */
    private static Set<Rol> direct(Set<Rol> rollen) {
        var direct = EnumSet.noneOf(Rol.class);
        rollen.stream().filter(r -> !Rolverzoek.VIER_OGEN.contains(r)).forEach(direct::add);
        return direct;
    }

    /**
     * Whether the form leaves the roles as they are: the roles held and those waiting for confirmation (the form
     * shows both ticked), and for a BESTUURSLID the same wijkoverleggen.
     */
    private boolean ongewijzigd(Account account, long gemeenteId, AccountWijziging wijziging) {
        var overzicht = AccountOverzicht.van(account, gemeenteId, true,
                rolverzoeken.aangevraagd(account.getId(), gemeenteId), false);
        var getoond = EnumSet.noneOf(Rol.class);
        getoond.addAll(overzicht.rollen());
        getoond.addAll(overzicht.aangevraagd());
        var wijkoverleggenGelijk = !wijziging.rollen().contains(Rol.BESTUURSLID)
                || wijziging.wijkoverlegIds().equals(overzicht.wijkoverlegIds());
        return getoond.equals(wijziging.rollen().isEmpty() ? EnumSet.noneOf(Rol.class)
                : EnumSet.copyOf(wijziging.rollen())) && wijkoverleggenGelijk;
    }

    /**
     * Sets a new password and ends the account's sessions (but the BEHEERDER's own); the audit line says that it
     * happened, never what it is.
     */
    @Transactional
    public void resetWachtwoord(long id, long versie, String wachtwoord) {
        var gebruiker = rechten.vereis(Actie.ACCOUNTS_BEHEREN);
        var account = actueel(gebruiker, id, versie);
        vereisGegevensBeheer(gebruiker, account);
        wachtwoordbeleid.controleer(wachtwoord, "wachtwoord", account.getGebruikersnaam(), account.getNaam(),
                account.getEmail());
        account.zetWachtwoordHash(passwordEncoder.encode(wachtwoord));
        accounts.flush();
        audit.registreer(gebruiker.gemeenteId(), "WACHTWOORD_GERESET", OBJECTTYPE, id,
                "Nieuw wachtwoord ingesteld voor account " + account.getGebruikersnaam());
        sessies.beeindigAndereSessies(account);
    }

    /**
     * Takes the login away from an account and ends its sessions; its roles and history stay. Like a password
     * reset, only for a BEHEERDER in every gemeente of the account, since it locks the account out of all of them.
     * Never one's own account: a BEHEERDER would lock themselves out.
     */
    @Transactional
    public void deactiveer(long id, long versie) {
        var gebruiker = rechten.vereis(Actie.ACCOUNTS_BEHEREN);
        var account = actueel(gebruiker, id, versie);
        if (id == gebruiker.accountId()) {
            throw new DomeinregelException("account.deactiveren.zelf");
        }
        vereisGegevensBeheer(gebruiker, account);
        account.deactiveer();
        accounts.flush();
        audit.registreer(gebruiker.gemeenteId(), "GEDEACTIVEERD", OBJECTTYPE, id,
                "Account " + account.getGebruikersnaam() + " gedeactiveerd");
        sessies.beeindigAndereSessies(account);
    }

    /** Gives a deactivated account its login back, with the roles it had. */
    @Transactional
    public void activeer(long id, long versie) {
        var gebruiker = rechten.vereis(Actie.ACCOUNTS_BEHEREN);
        var account = actueel(gebruiker, id, versie);
        vereisGegevensBeheer(gebruiker, account);
        account.activeer();
        accounts.flush();
        audit.registreer(gebruiker.gemeenteId(), "GEACTIVEERD", OBJECTTYPE, id,
                "Account " + account.getGebruikersnaam() + " weer actief");
    }

    private Account inGemeente(Gebruiker gebruiker, long id) {
        return accounts.findInGemeente(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }

    /** Loads for a change and refuses when someone else changed the account since the form was opened. */
    private Account actueel(Gebruiker gebruiker, long id, long versie) {
        var account = inGemeente(gebruiker, id);
        if (account.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Account.class, id);
        }
        return account;
    }

    private boolean beheertGegevens(Gebruiker gebruiker, Account account) {
        if (account.getId() == gebruiker.accountId()) {
            return true;
        }
        var beheerd = accounts.findById(gebruiker.accountId())
                .map(a -> a.gemeenteIdsMetRol(Rechtenmatrix.rollen(Actie.ACCOUNTS_BEHEREN, Bereik.GEMEENTE)))
                .orElse(Set.of());
        return beheerd.containsAll(account.gemeenteIds());
    }

    private void vereisGegevensBeheer(Gebruiker gebruiker, Account account) {
        if (!beheertGegevens(gebruiker, account)) {
            throw new DomeinregelException("account.gedeeld.nietWijzigbaar");
        }
    }

    /** The wijkoverleggen named for a BESTUURSLID role; they must belong to the active gemeente. */
    private static List<Long> wijkoverleggenVan(Set<Rol> rollen, Set<Long> wijkoverlegIds, Map<Long, String> namen) {
        if (!rollen.contains(Rol.BESTUURSLID)) {
            return List.of();
        }
        if (!namen.keySet().containsAll(wijkoverlegIds)) {
            throw DomeinregelException.voorVeld("wijkoverlegIds", "account.wijkoverleggen.onbekend");
        }
        return List.copyOf(wijkoverlegIds);
    }

    private static String vereisTekst(String tekst, String veld, String berichtcode) {
        if (!StringUtils.hasText(tekst)) {
            throw DomeinregelException.voorVeld(veld, berichtcode);
        }
        return tekst.trim();
    }

    private static String email(String email) {
        return StringUtils.hasText(email) ? email.trim() : null;
    }
}
