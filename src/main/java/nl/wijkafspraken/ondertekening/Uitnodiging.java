package nl.wijkafspraken.ondertekening;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.wijkoverleg.Functie;
import nl.wijkafspraken.wijkoverleg.Tekenbevoegdheid.Tekenbevoegde;
import org.hibernate.annotations.BatchSize;

/**
 * The personal invitation of one tekenbevoegd bestuurslid, and the rules of its one-time secrets (issue 5): the link
 * works for a limited time and once; the e-mail code is valid ten minutes, once, for at most five tries, after which
 * a new code is needed; codes can be asked for at most once a minute and five times an hour. After fifteen wrong
 * codes in all, the invitation is blocked and the civil servant has to send a new one: that caps a guesser at 15 in
 * a million.
 */
@Entity
@Table(name = "ondertekening_uitnodiging")
class Uitnodiging {

    static final Duration CODE_GELDIG = Duration.ofMinutes(10);
    static final int MAX_POGINGEN = 5;
    static final int MAX_FOUT_TOTAAL = 15;
    static final Duration CODE_TUSSENPOZE = Duration.ofMinutes(1);
    static final Duration CODE_VENSTER = Duration.ofHours(1);
    static final int MAX_CODES_PER_VENSTER = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "partij_id")
    private Rondepartij partij;
    private long bestuurslidId;
    private String naam;
    private String email;
    @Enumerated(EnumType.STRING)
    private Functie functie;
    @Enumerated(EnumType.STRING)
    private Uitnodigingstatus status = Uitnodigingstatus.OPEN;
    private Instant verstuurdOp;
    private Instant geldigTot;
    private int herinneringen;
    private Instant laatsteHerinnering;
    private String codeHash;
    private Instant codeGeldigTot;
    private int codePogingen;
    private int foutTotaal;
    private Long vervangenDoor;
    private Instant vervallenOp;

    @ElementCollection
    @CollectionTable(name = "ondertekening_link", joinColumns = @JoinColumn(name = "uitnodiging_id"))
    @Column(name = "token_hash")
    @BatchSize(size = 50)
    private Set<String> links = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "ondertekening_codeaanvraag", joinColumns = @JoinColumn(name = "uitnodiging_id"))
    @Column(name = "aangevraagd_op")
    private List<Instant> codeaanvragen = new ArrayList<>();

    protected Uitnodiging() {
    }

    Uitnodiging(Rondepartij partij, Tekenbevoegde lid, String tokenHash, Instant nu, Instant geldigTot) {
        this.partij = partij;
        this.bestuurslidId = lid.bestuurslidId();
        this.naam = lid.naam();
        this.email = lid.email();
        this.functie = lid.functie();
        this.verstuurdOp = nu;
        this.geldigTot = geldigTot;
        this.links.add(tokenHash);
    }

    /** Open, not expired, not blocked, and its round still running: the link may be used. */
    boolean isBruikbaar(Instant nu) {
        return status == Uitnodigingstatus.OPEN && nu.isBefore(geldigTot) && foutTotaal < MAX_FOUT_TOTAAL
                && partij.getRonde().isLopend();
    }

    boolean isVerlopen(Instant nu) {
        return status == Uitnodigingstatus.OPEN && !nu.isBefore(geldigTot);
    }

    /** A new code for this invitation; refuses when asked for too soon or too often (see the class comment). */
    void nieuweCode(String nieuweCodeHash, Instant nu) {
        codeaanvragen.removeIf(t -> !t.isAfter(nu.minus(CODE_VENSTER)));
        var laatste = codeaanvragen.stream().max(Instant::compareTo);
        if (laatste.isPresent() && nu.isBefore(laatste.get().plus(CODE_TUSSENPOZE))) {
            throw new DomeinregelException("ondertekening.code.teSnel",
                    Duration.between(nu, laatste.get().plus(CODE_TUSSENPOZE)).toSeconds() + 1);
        }
        if (codeaanvragen.size() >= MAX_CODES_PER_VENSTER) {
            var vroegste = codeaanvragen.stream().min(Instant::compareTo).orElseThrow();
            throw new DomeinregelException("ondertekening.code.teVaak",
                    Duration.between(nu, vroegste.plus(CODE_VENSTER)).toMinutes() + 1);
        }
        codeaanvragen.add(nu);
        codeHash = nieuweCodeHash;
        codeGeldigTot = nu.plus(CODE_GELDIG);
        codePogingen = 0;
    }

    /**
     * Checks a typed code. A wrong one counts (and is kept: the caller commits despite the refusal); the fifth
     * wrong try, or an expired code, removes the code so that a new one is needed.
     */
    void controleerCode(String getypteCodeHash, Instant nu) {
        if (codeHash == null) {
            throw DomeinregelException.voorVeld("code", "ondertekening.code.geen");
        }
        if (!nu.isBefore(codeGeldigTot)) {
            wisCode();
            throw DomeinregelException.voorVeld("code", "ondertekening.code.verlopen");
        }
        if (!Geheimen.gelijk(codeHash, getypteCodeHash)) {
            codePogingen++;
            foutTotaal++;
            if (foutTotaal >= MAX_FOUT_TOTAAL) {
                wisCode();
                throw DomeinregelException.voorVeld("code", "ondertekening.code.geblokkeerd");
            }
            if (codePogingen >= MAX_POGINGEN) {
                wisCode();
                throw DomeinregelException.voorVeld("code", "ondertekening.code.opgebruikt", MAX_POGINGEN);
            }
            throw DomeinregelException.voorVeld("code", "ondertekening.code.onjuist", MAX_POGINGEN - codePogingen);
        }
    }

    /** Whether a code was sent and can still be typed. */
    boolean heeftGeldigeCode(Instant nu) {
        return codeHash != null && nu.isBefore(codeGeldigTot);
    }

    void ondertekend() {
        gebruik(Uitnodigingstatus.ONDERTEKEND);
    }

    void geweigerd() {
        gebruik(Uitnodigingstatus.GEWEIGERD);
    }

    /**
     * The address it was sent to is no longer the member's: the link and any code die, so that nobody but the holder
     * of the address at the time of sending can sign with them. The civil servant can invite anew.
     */
    void vervalt(Instant tijdstip) {
        gebruik(Uitnodigingstatus.VERVALLEN);
        vervallenOp = tijdstip;
    }

    /** A resend: this invitation and all its links die; the new one takes over. */
    void vervangDoor(Uitnodiging nieuw) {
        if (status != Uitnodigingstatus.OPEN && status != Uitnodigingstatus.GEWEIGERD
                && status != Uitnodigingstatus.VERVALLEN) {
            throw new DomeinregelException("ondertekening.opnieuw.nietMogelijk", naam);
        }
        status = Uitnodigingstatus.VERVANGEN;
        vervangenDoor = nieuw.getId();
        wisCode();
    }

    void trekIn() {
        gebruik(Uitnodigingstatus.INGETROKKEN);
    }

    void nietNodig() {
        gebruik(Uitnodigingstatus.NIET_NODIG);
    }

    /** The reminder is due: the first some time after the invitation, then at each interval, until expiry. */
    boolean herinneringNodig(Instant nu, Duration na, Duration interval) {
        if (!isBruikbaar(nu)) {
            return false;
        }
        var vanaf = laatsteHerinnering == null ? verstuurdOp.plus(na) : laatsteHerinnering.plus(interval);
        return !nu.isBefore(vanaf);
    }

    /** A reminder went out with a new link; the earlier links keep working. */
    void herinnerd(String tokenHash, Instant nu) {
        links.add(tokenHash);
        herinneringen++;
        laatsteHerinnering = nu;
    }

    private void gebruik(Uitnodigingstatus nieuw) {
        if (status != Uitnodigingstatus.OPEN) {
            throw new IllegalStateException("Uitnodiging " + id + " is al " + status);
        }
        status = nieuw;
        wisCode();
    }

    private void wisCode() {
        codeHash = null;
        codeGeldigTot = null;
        codePogingen = 0;
    }

    Long getId() {
        return id;
    }

    Rondepartij getPartij() {
        return partij;
    }

    long getBestuurslidId() {
        return bestuurslidId;
    }

    String getNaam() {
        return naam;
    }

    String getEmail() {
        return email;
    }

    Functie getFunctie() {
        return functie;
    }

    Uitnodigingstatus getStatus() {
        return status;
    }

    Instant getVerstuurdOp() {
        return verstuurdOp;
    }

    Instant getGeldigTot() {
        return geldigTot;
    }

    int getHerinneringen() {
        return herinneringen;
    }

    Instant getCodeGeldigTot() {
        return codeGeldigTot;
    }

    Instant getVervallenOp() {
        return vervallenOp;
    }

    boolean isGeblokkeerd() {
        return foutTotaal >= MAX_FOUT_TOTAAL;
    }
}
