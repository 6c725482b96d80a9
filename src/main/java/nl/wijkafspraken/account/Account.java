package nl.wijkafspraken.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.Rol;
import org.hibernate.annotations.BatchSize;

/** A login. The password is only ever kept as a hash. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String gebruikersnaam;
    /** The user name in the one form that login and uniqueness use (see {@link Gebruikersnaam}). */
    private String inlognaam;
    private String naam;
    private String email;
    private String wachtwoordHash;
    private boolean actief = true;
    /** The identity at an OpenID Connect provider this account logs in with (SSO), or none; see V47. */
    private String ssoIssuer;
    private String ssoOnderwerp;
    @Version
    private long versie;
    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    private List<Roltoekenning> rollen = new ArrayList<>();

    protected Account() {
    }

    Account(String gebruikersnaam, String naam, String email, String wachtwoordHash) {
        this.gebruikersnaam = gebruikersnaam;
        this.inlognaam = Gebruikersnaam.normaliseer(gebruikersnaam);
        this.naam = naam;
        this.email = email;
        this.wachtwoordHash = wachtwoordHash;
    }

    /**
     * Takes the login away and keeps everything else: roles, history and the name in the audit trail stay, so the
     * account can be reactivated and what it did stays traceable.
     */
    void deactiveer() {
        if (!actief) {
            throw new DomeinregelException("account.deactiveren.alGedeactiveerd");
        }
        actief = false;
    }

    void activeer() {
        if (actief) {
            throw new DomeinregelException("account.activeren.alActief");
        }
        actief = true;
    }

    void wijzig(String nieuweNaam, String nieuwEmail) {
        this.naam = nieuweNaam;
        this.email = nieuwEmail;
    }

    /** Links the account to one identity at an OpenID Connect provider, replacing the link it had. */
    void koppelSso(String issuer, String onderwerp) {
        this.ssoIssuer = issuer;
        this.ssoOnderwerp = onderwerp;
    }

    void ontkoppelSso() {
        this.ssoIssuer = null;
        this.ssoOnderwerp = null;
    }

    String getSsoIssuer() {
        return ssoIssuer;
    }

    String getSsoOnderwerp() {
        return ssoOnderwerp;
    }

    void zetWachtwoordHash(String hash) {
        this.wachtwoordHash = hash;
    }

    /**
     * Replaces the roles in one gemeente; the roles in other gemeenten stay as they are. An account keeps at least
     * one role in the gemeente (otherwise it would drop out of that gemeente's user list unnoticed), and a
     * BESTUURSLID role always names one or more wijkoverleggen. Grants that stay are left untouched, so that an
     * unchanged role is not deleted and inserted again.
     */
    void vervangRollen(long gemeenteId, Collection<Rol> nieuweRollen, Collection<Long> wijkoverlegIds) {
        if (nieuweRollen == null || nieuweRollen.isEmpty()) {
            throw DomeinregelException.voorVeld("rollen", "account.rollen.verplicht");
        }
        var wijkoverleggen = wijkoverlegIds == null ? Set.<Long>of()
                : wijkoverlegIds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        var gewenst = new LinkedHashSet<Toekenning>();
        for (Rol rol : EnumSet.copyOf(nieuweRollen)) {
            if (rol != Rol.BESTUURSLID) {
                gewenst.add(new Toekenning(rol, null));
            } else if (wijkoverleggen.isEmpty()) {
                throw DomeinregelException.voorVeld("wijkoverlegIds", "account.wijkoverleggen.verplicht");
            } else {
                wijkoverleggen.forEach(w -> gewenst.add(new Toekenning(rol, w)));
            }
        }
        var bestaand = rollen.iterator();
        while (bestaand.hasNext()) {
            var r = bestaand.next();
            if (r.getGemeenteId() == gemeenteId && !gewenst.remove(new Toekenning(r.getRol(), r.getWijkoverlegId()))) {
                bestaand.remove();
            }
        }
        gewenst.forEach(t -> rollen.add(new Roltoekenning(this, gemeenteId, t.rol(), t.wijkoverlegId())));
    }

    /** Grants one role (not BESTUURSLID, which names a wijkoverleg) in a gemeente; a role held already stays. */
    void voegRolToe(long gemeenteId, Rol rol) {
        if (rollen.stream().noneMatch(r -> r.getGemeenteId() == gemeenteId && r.getRol() == rol)) {
            rollen.add(new Roltoekenning(this, gemeenteId, rol, null));
        }
    }

    /**
     * Takes every role in the gemeente away. Only when a BEHEERDER or BESTUURDER grant for the gemeente is waiting
     * for a second BEHEERDER: the open request keeps the account in the gemeente's user list.
     */
    void trekRollenIn(long gemeenteId) {
        rollen.removeIf(r -> r.getGemeenteId() == gemeenteId);
    }

    /** The roles in one gemeente as text for the audit trail, e.g. [AMBTENAAR, BESTUURSLID Wijkoverleg Noord]. */
    List<String> rollenTekst(long gemeenteId, Map<Long, String> wijkoverlegNamen) {
        return rollenIn(gemeenteId).stream()
                .map(r -> r.getWijkoverlegId() == null ? r.getRol().name() : r.getRol() + " "
                        + wijkoverlegNamen.getOrDefault(r.getWijkoverlegId(), "#" + r.getWijkoverlegId()))
                .sorted().toList();
    }

    /** The gemeenten the account holds any role in. */
    Set<Long> gemeenteIds() {
        return rollen.stream().map(Roltoekenning::getGemeenteId).collect(Collectors.toSet());
    }

    /** The gemeenten in which the account holds one of these roles. */
    Set<Long> gemeenteIdsMetRol(Set<Rol> gezocht) {
        return rollen.stream().filter(r -> gezocht.contains(r.getRol())).map(Roltoekenning::getGemeenteId)
                .collect(Collectors.toSet());
    }

    private record Toekenning(Rol rol, Long wijkoverlegId) {
    }

    List<Roltoekenning> rollenIn(long gemeenteId) {
        return rollen.stream().filter(r -> r.getGemeenteId() == gemeenteId).toList();
    }

    public Long getId() {
        return id;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    String getWachtwoordHash() {
        return wachtwoordHash;
    }

    public boolean isActief() {
        return actief;
    }

    public long getVersie() {
        return versie;
    }

    List<Roltoekenning> getRollen() {
        return rollen;
    }
}
