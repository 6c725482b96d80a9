package nl.wijkafspraken.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on the roles that reach the user management and the gemeente's signature (issue 12): a BEHEERDER who
 * ticks BEHEERDER or BESTUURDER for someone else makes a {@link Rolverzoek}; a second person of the gemeente, a
 * BEHEERDER or the SECRETARIS, confirms or rejects it. Every step is in the audit trail with the roles before and after and both persons.
 */
@Service
@Transactional(readOnly = true)
public class RolverzoekService {

    static final String OBJECTTYPE = "Account";

    private final RolverzoekRepository verzoeken;
    private final AccountRepository accounts;
    private final Rechten rechten;
    private final WijkoverlegService wijkoverleggen;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;

    RolverzoekService(RolverzoekRepository verzoeken, AccountRepository accounts, Rechten rechten,
            WijkoverlegService wijkoverleggen, AuditService audit, EntityManager entityManager, Clock clock) {
        this.verzoeken = verzoeken;
        this.accounts = accounts;
        this.rechten = rechten;
        this.wijkoverleggen = wijkoverleggen;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The open requests of the active gemeente, oldest first, for the user list and the page of the SECRETARIS. */
    public List<RolverzoekRegel> open() {
        var gebruiker = rechten.vereis(Actie.ROLVERZOEKEN_AFHANDELEN);
        var open = verzoeken.findByGemeenteIdAndStatusOrderByAangevraagdOpAscIdAsc(gebruiker.gemeenteId(),
                Rolverzoek.Status.OPEN);
        var betrokken = accounts.findAllById(open.stream()
                .flatMap(v -> Stream.of(v.getAccountId(), v.getAangevraagdDoor())).toList())
                .stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        return open.stream().map(v -> {
            var account = betrokken.get(v.getAccountId());
            String waaromNiet = null;
            if (v.getAccountId() == gebruiker.accountId()) {
                waaromNiet = "rolverzoek.eigenAccount";
            } else if (v.getAangevraagdDoor() == gebruiker.accountId()) {
                waaromNiet = "rolverzoek.zelfAangevraagd";
            }
            return new RolverzoekRegel(v.getId(), v.getAccountId(), account.getGebruikersnaam(), account.getNaam(),
                    v.getRol(), betrokken.get(v.getAangevraagdDoor()).getGebruikersnaam(), v.getAangevraagdOp(),
                    v.magBevestigen(gebruiker.accountId()), v.magAfwijzen(gebruiker.accountId()), waaromNiet);
        }).toList();
    }

    /** A second person confirms: only now does the account get the role. */
    @Transactional
    public String bevestig(long verzoekId) {
        var gebruiker = rechten.vereis(Actie.ROLVERZOEKEN_AFHANDELEN);
        var verzoek = gevonden(gebruiker, verzoekId);
        var account = accounts.findById(verzoek.getAccountId()).orElseThrow();
        var namen = wijkoverleggen.namen();
        var oud = account.rollenTekst(gebruiker.gemeenteId(), namen);
        verzoek.bevestig(gebruiker.accountId(), clock.instant());
        account.voegRolToe(verzoek.getGemeenteId(), verzoek.getRol());
        // Roltoekenning owns the relation, so Hibernate leaves the account's version alone; a form opened before
        // this change must still meet a conflict.
        entityManager.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        accounts.flush();
        audit.registreer(gebruiker.gemeenteId(), "ROL_BEVESTIGD", OBJECTTYPE, account.getId(),
                "Rol " + verzoek.getRol() + " toegekend aan " + account.getGebruikersnaam() + ": " + oud + " → "
                        + account.rollenTekst(gebruiker.gemeenteId(), namen) + "; aangevraagd door "
                        + naam(verzoek.getAangevraagdDoor()) + ", bevestigd door " + gebruiker.gebruikersnaam());
        return account.getGebruikersnaam();
    }

    /** A BEHEERDER or the SECRETARIS rejects; the account keeps the roles it has. */
    @Transactional
    public String wijsAf(long verzoekId) {
        var gebruiker = rechten.vereis(Actie.ROLVERZOEKEN_AFHANDELEN);
        var verzoek = gevonden(gebruiker, verzoekId);
        var account = accounts.findById(verzoek.getAccountId()).orElseThrow();
        verzoek.wijsAf(gebruiker.accountId(), clock.instant());
        verzoeken.flush();
        var namen = wijkoverleggen.namen();
        var rollen = account.rollenTekst(gebruiker.gemeenteId(), namen);
        audit.registreer(gebruiker.gemeenteId(), "ROL_AFGEWEZEN", OBJECTTYPE, account.getId(),
                "Rol " + verzoek.getRol() + " voor " + account.getGebruikersnaam() + " afgewezen: " + rollen
                        + " → " + rollen + " (gevraagd: " + metRol(rollen, verzoek.getRol()) + "); aangevraagd door "
                        + naam(verzoek.getAangevraagdDoor()) + ", afgewezen door " + gebruiker.gebruikersnaam());
        return account.getGebruikersnaam();
    }

    /** The roles of the account in the gemeente that wait for a second person. */
    Set<Rol> aangevraagd(long accountId, long gemeenteId) {
        return verzoeken.findByAccountIdAndGemeenteIdAndStatus(accountId, gemeenteId, Rolverzoek.Status.OPEN)
                .stream().map(Rolverzoek::getRol).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rol.class)));
    }

    /** The open requests of the gemeente per account, for the user list. */
    Map<Long, Set<Rol>> aangevraagd(long gemeenteId) {
        return verzoeken.findByGemeenteIdAndStatusOrderByAangevraagdOpAscIdAsc(gemeenteId, Rolverzoek.Status.OPEN)
                .stream().collect(Collectors.groupingBy(Rolverzoek::getAccountId,
                        Collectors.mapping(Rolverzoek::getRol, Collectors.toSet())));
    }

    /**
     * Brings the open requests of an account in line with the roles the BEHEERDER ticked, after the roles that
     * take effect at once have been saved: a ticked BEHEERDER or BESTUURDER that the account lacks becomes a
     * request, an open request that is no longer ticked is withdrawn.
     */
    void werkBij(Gebruiker gebruiker, Account account, Collection<Rol> gewenst) {
        var gemeenteId = gebruiker.gemeenteId();
        var namen = wijkoverleggen.namen();
        var nu = clock.instant();
        var open = verzoeken.findByAccountIdAndGemeenteIdAndStatus(account.getId(), gemeenteId,
                Rolverzoek.Status.OPEN);
        var rollen = account.rollenTekst(gemeenteId, namen);
        for (var verzoek : open) {
            if (!gewenst.contains(verzoek.getRol())) {
                verzoek.trekIn(gebruiker.accountId(), nu);
                audit.registreer(gemeenteId, "ROL_INGETROKKEN", OBJECTTYPE, account.getId(),
                        "Aanvraag rol " + verzoek.getRol() + " voor " + account.getGebruikersnaam()
                                + " ingetrokken: " + rollen + " → " + rollen + "; aangevraagd door "
                                + naam(verzoek.getAangevraagdDoor()) + ", ingetrokken door "
                                + gebruiker.gebruikersnaam());
            }
        }
        var alOpen = open.stream().map(Rolverzoek::getRol).collect(Collectors.toSet());
        for (var rol : nieuwAanTeVragen(account.rollenIn(gemeenteId), gewenst)) {
            if (!alOpen.contains(rol)) {
                verzoeken.save(new Rolverzoek(account.getId(), gemeenteId, rol, gebruiker.accountId(), nu));
                audit.registreer(gemeenteId, "ROL_AANGEVRAAGD", OBJECTTYPE, account.getId(),
                        "Rol " + rol + " aangevraagd voor " + account.getGebruikersnaam() + ": " + rollen + " → "
                                + metRol(rollen, rol) + " na bevestiging door een tweede persoon; aangevraagd door "
                                + gebruiker.gebruikersnaam());
            }
        }
        verzoeken.flush();
    }

    /** The ticked roles that wait for a second person: BEHEERDER or BESTUURDER that the account lacks. */
    static Set<Rol> nieuwAanTeVragen(List<Roltoekenning> huidig, Collection<Rol> gewenst) {
        var heeft = huidig.stream().map(Roltoekenning::getRol).collect(Collectors.toSet());
        return gewenst.stream().filter(Rolverzoek.VIER_OGEN::contains).filter(r -> !heeft.contains(r))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rol.class)));
    }

    private static List<String> metRol(List<String> rollen, Rol rol) {
        return Stream.concat(rollen.stream(), Stream.of(rol.name())).distinct()
                .sorted().toList();
    }

    private Rolverzoek gevonden(Gebruiker gebruiker, long id) {
        return verzoeken.findForUpdate(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException("Rolverzoek", id));
    }

    private String naam(long accountId) {
        return accounts.findById(accountId).map(Account::getGebruikersnaam).orElse("#" + accountId);
    }
}
