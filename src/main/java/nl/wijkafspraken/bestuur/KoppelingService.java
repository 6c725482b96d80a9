package nl.wijkafspraken.bestuur;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkafspraken.account.AccountKeuze;
import nl.wijkafspraken.account.AccountService;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link between a college member and an account, with four eyes (issue 12): a BEHEERDER proposes it, choosing
 * from the accounts of the active gemeente only; a second person with SECRETARIS or BEHEERDER confirms or rejects
 * it. The link decides who signs for the gemeente, so every step is in the audit trail with the account before and
 * after and both persons.
 */
@Service
@Transactional(readOnly = true)
public class KoppelingService {

    private static final String OBJECTTYPE = "Collegelid";

    private final KoppelingsvoorstelRepository voorstellen;
    private final CollegelidRepository collegeleden;
    private final AccountService accounts;
    private final Rechten rechten;
    private final AuditService audit;
    private final Clock clock;

    KoppelingService(KoppelingsvoorstelRepository voorstellen, CollegelidRepository collegeleden,
            AccountService accounts, Rechten rechten, AuditService audit, Clock clock) {
        this.voorstellen = voorstellen;
        this.collegeleden = collegeleden;
        this.accounts = accounts;
        this.rechten = rechten;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open proposals of the active gemeente, oldest first; for those who keep the college. */
    public List<KoppelingRegel> openVoorstellen() {
        var gebruiker = rechten.vereis(Actie.KOPPELING_AFHANDELEN);
        var open = voorstellen.findByGemeenteIdAndStatusOrderByVoorgesteldOpAscIdAsc(gebruiker.gemeenteId(),
                Koppelingsvoorstel.Status.OPEN);
        var namen = namen(open);
        var leden = collegeleden.findByGemeenteIdAndIdIn(gebruiker.gemeenteId(),
                open.stream().map(Koppelingsvoorstel::getCollegelidId).toList()).stream()
                .collect(Collectors.toMap(Collegelid::getId, Collegelid::getNaam));
        return open.stream().map(v -> regel(v, leden.get(v.getCollegelidId()), namen, gebruiker)).toList();
    }

    /** The accounts the members of the active gemeente are linked to, by id, as the college list names them. */
    public Map<Long, String> gekoppeldeAccounts() {
        var gebruiker = rechten.vereis(Actie.KOPPELING_AFHANDELEN);
        var ids = collegeleden.findByGemeenteIdOrderByRolAscNaamAsc(gebruiker.gemeenteId()).stream()
                .map(Collegelid::getAccountId).filter(Objects::nonNull).toList();
        return accounts.accountKeuzes(ids).values().stream()
                .collect(Collectors.toMap(AccountKeuze::id, AccountKeuze::omschrijving));
    }

    /**
     * The page to propose a link for one member of the active gemeente; the choices leave out the user's own
     * account, which they may not propose.
     */
    public Koppelingspagina pagina(long collegelidId) {
        var gebruiker = rechten.vereis(Actie.KOPPELING_VOORSTELLEN);
        var lid = lid(gebruiker, collegelidId);
        var open = voorstellen.findByCollegelidIdAndStatus(collegelidId, Koppelingsvoorstel.Status.OPEN);
        var namen = namen(open.stream().toList());
        var huidig = lid.getAccountId() == null ? null
                : accounts.accountKeuzes(List.of(lid.getAccountId())).get(lid.getAccountId());
        return new Koppelingspagina(CollegelidInfo.van(lid), huidig,
                open.map(v -> regel(v, lid.getNaam(), namen, gebruiker)).orElse(null),
                accounts.accountKeuzes(gebruiker.gemeenteId()).stream()
                        .filter(a -> a.id() != gebruiker.accountId()).toList());
    }

    /**
     * A BEHEERDER proposes to link the member to an account of the active gemeente, or to none. An id of another
     * gemeente's account gets the same answer as one that does not exist.
     */
    @Transactional
    public long stelVoor(long collegelidId, Long accountId) {
        var gebruiker = rechten.vereis(Actie.KOPPELING_VOORSTELLEN);
        var lid = lid(gebruiker, collegelidId);
        var nieuw = accountId == null ? null : accounts.accountKeuze(gebruiker.gemeenteId(), accountId)
                .orElseThrow(() -> DomeinregelException.voorVeld("accountId", "koppeling.account.onbekend"));
        if (voorstellen.existsByCollegelidIdAndStatus(collegelidId, Koppelingsvoorstel.Status.OPEN)) {
            throw DomeinregelException.voorVeld("accountId", "koppeling.alVoorgesteld");
        }
        var voorstel = voorstellen.saveAndFlush(new Koppelingsvoorstel(lid, accountId, gebruiker.accountId(),
                clock.instant()));
        audit.registreer(gebruiker.gemeenteId(), "KOPPELING_VOORGESTELD", OBJECTTYPE, lid.getId(),
                "Koppeling van collegelid " + lid.getNaam() + ": " + omschrijving(huidig(lid)) + " → "
                        + omschrijving(nieuw) + " (wacht op bevestiging); voorgesteld door "
                        + gebruiker.gebruikersnaam());
        return voorstel.getId();
    }

    /** A second person confirms: only now is the member linked to the proposed account. */
    @Transactional
    public String bevestig(long voorstelId) {
        var gebruiker = rechten.vereis(Actie.KOPPELING_AFHANDELEN);
        var voorstel = voorstel(gebruiker, voorstelId);
        var lid = collegeleden.findForUpdate(voorstel.getCollegelidId(), gebruiker.gemeenteId()).orElseThrow();
        // The account may have left the gemeente since the proposal: then it is not to be linked any more.
        var nieuw = voorstel.getNieuwAccountId() == null ? null
                : accounts.accountKeuze(gebruiker.gemeenteId(), voorstel.getNieuwAccountId())
                        .orElseThrow(() -> new DomeinregelException("koppeling.account.onbekend"));
        var oud = huidig(lid);
        voorstel.bevestig(lid, gebruiker.accountId(), clock.instant());
        collegeleden.flush();
        audit.registreer(gebruiker.gemeenteId(), "KOPPELING_BEVESTIGD", OBJECTTYPE, lid.getId(),
                "Koppeling van collegelid " + lid.getNaam() + ": " + omschrijving(oud) + " → " + omschrijving(nieuw)
                        + "; voorgesteld door " + gebruikersnaam(voorstel.getVoorgesteldDoor()) + ", bevestigd door "
                        + gebruiker.gebruikersnaam());
        return lid.getNaam();
    }

    /** A second person (or the proposer, withdrawing it) rejects: the link stays as it is. */
    @Transactional
    public String wijsAf(long voorstelId) {
        var gebruiker = rechten.vereis(Actie.KOPPELING_AFHANDELEN);
        var voorstel = voorstel(gebruiker, voorstelId);
        var lid = collegeleden.findByIdAndGemeenteId(voorstel.getCollegelidId(), gebruiker.gemeenteId())
                .orElseThrow();
        voorstel.wijsAf(gebruiker.accountId(), clock.instant());
        voorstellen.flush();
        var namen = accounts.accountKeuzes(Stream.of(voorstel.getOudAccountId(), voorstel.getNieuwAccountId())
                .toList());
        var oud = omschrijving(voorstel.getOudAccountId() == null ? null : namen.get(voorstel.getOudAccountId()));
        audit.registreer(gebruiker.gemeenteId(), "KOPPELING_AFGEWEZEN", OBJECTTYPE, lid.getId(),
                "Koppeling van collegelid " + lid.getNaam() + ": " + oud + " → " + oud + " (voorgesteld: "
                        + omschrijving(voorstel.getNieuwAccountId() == null ? null
                                : namen.get(voorstel.getNieuwAccountId()))
                        + "); voorgesteld door " + gebruikersnaam(voorstel.getVoorgesteldDoor()) + ", afgewezen door "
                        + gebruiker.gebruikersnaam());
        return lid.getNaam();
    }

    private KoppelingRegel regel(Koppelingsvoorstel v, String collegelid, Map<Long, AccountKeuze> namen,
            Gebruiker gebruiker) {
        var waaromNiet = v.waaromNietBevestigen(gebruiker.accountId());
        return new KoppelingRegel(v.getId(), v.getCollegelidId(), collegelid,
                v.getOudAccountId() == null ? null : namen.get(v.getOudAccountId()).omschrijving(),
                v.getNieuwAccountId() == null ? null : namen.get(v.getNieuwAccountId()).omschrijving(),
                namen.get(v.getVoorgesteldDoor()).gebruikersnaam(), v.getVoorgesteldOp(), waaromNiet == null,
                v.waaromNietAfwijzen(gebruiker.accountId()) == null, waaromNiet);
    }

    private Map<Long, AccountKeuze> namen(List<Koppelingsvoorstel> open) {
        return accounts.accountKeuzes(open.stream().flatMap(v -> Stream.of(v.getOudAccountId(),
                v.getNieuwAccountId(), v.getVoorgesteldDoor())).toList());
    }

    private AccountKeuze huidig(Collegelid lid) {
        return lid.getAccountId() == null ? null
                : accounts.accountKeuzes(List.of(lid.getAccountId())).get(lid.getAccountId());
    }

    private static String omschrijving(AccountKeuze account) {
        return account == null ? "geen account" : "account " + account.gebruikersnaam() + " (#" + account.id() + ")";
    }

    private String gebruikersnaam(long accountId) {
        var keuze = accounts.accountKeuzes(List.of(accountId)).get(accountId);
        return keuze == null ? "#" + accountId : keuze.gebruikersnaam();
    }

    private Collegelid lid(Gebruiker gebruiker, long id) {
        return collegeleden.findByIdAndGemeenteId(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }

    private Koppelingsvoorstel voorstel(Gebruiker gebruiker, long id) {
        return voorstellen.findForUpdate(id, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException("Koppelingsvoorstel", id));
    }
}
