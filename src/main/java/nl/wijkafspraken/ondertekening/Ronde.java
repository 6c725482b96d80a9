package nl.wijkafspraken.ondertekening;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.hibernate.annotations.BatchSize;

/**
 * A signing round for one vastgestelde version: its parties (the gemeente and one or more wijkoverleggen) with their
 * invitations. Changed only while its row is locked ({@link RondeRepository#findForUpdate}), so that signatures
 * arriving at the same moment see each other and the last one completes the party exactly once.
 */
@Entity
@Table(name = "ondertekenronde")
class Ronde {

    static final int MAX_REDEN = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long gemeenteId;
    private long afsprakenId;
    private long versieId;
    private int versienummer;
    private String titel;
    private String documentHash;
    @Enumerated(EnumType.STRING)
    private Rondestatus status = Rondestatus.LOPEND;
    private String gestartDoor;
    private String gestartDoorNaam;
    private String gestartDoorEmail;
    private Instant gestartOp;
    private Instant ingetrokkenOp;
    private String ingetrokkenDoor;
    private String intrekkingsreden;

    @OneToMany(mappedBy = "ronde", cascade = CascadeType.ALL)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<Rondepartij> partijen = new ArrayList<>();

    protected Ronde() {
    }

    Ronde(long gemeenteId, long afsprakenId, long versieId, int versienummer, String titel, String documentHash,
            String gestartDoor, String gestartDoorNaam, String gestartDoorEmail, Instant nu) {
        this.gemeenteId = gemeenteId;
        this.afsprakenId = afsprakenId;
        this.versieId = versieId;
        this.versienummer = versienummer;
        this.titel = titel;
        this.documentHash = documentHash;
        this.gestartDoor = gestartDoor;
        this.gestartDoorNaam = gestartDoorNaam;
        this.gestartDoorEmail = gestartDoorEmail;
        this.gestartOp = nu;
    }

    Rondepartij voegGemeenteToe(String naam) {
        var partij = new Rondepartij(this, Partijsoort.GEMEENTE, null, naam, 1);
        partijen.add(partij);
        return partij;
    }

    Rondepartij voegWijkoverlegToe(long wijkoverlegId, String naam, int vereist) {
        var partij = new Rondepartij(this, Partijsoort.WIJKOVERLEG, wijkoverlegId, naam, vereist);
        partijen.add(partij);
        return partij;
    }

    Rondepartij gemeente() {
        return partijen.stream().filter(p -> p.getSoort() == Partijsoort.GEMEENTE).findFirst().orElseThrow();
    }

    Optional<Rondepartij> wijkoverleg(long wijkoverlegId) {
        return partijen.stream().filter(p -> p.getSoort() == Partijsoort.WIJKOVERLEG
                && p.getWijkoverlegId() == wijkoverlegId).findFirst();
    }

    List<Rondepartij> wijkoverleggen() {
        return partijen.stream().filter(p -> p.getSoort() == Partijsoort.WIJKOVERLEG).toList();
    }

    Optional<Uitnodiging> uitnodiging(long uitnodigingId) {
        return partijen.stream().flatMap(p -> p.getUitnodigingen().stream())
                .filter(u -> u.getId() != null && u.getId() == uitnodigingId).findFirst();
    }

    /**
     * Withdraws the round: every party that has not signed and every open invitation dies. Parties that completed
     * keep their signatures (they were reported to the afspraken already). Returns the invitations that were open.
     */
    List<Uitnodiging> trekIn(Instant nu, String door, String reden) {
        vereisLopend();
        if (reden == null || reden.isBlank()) {
            throw DomeinregelException.voorVeld("reden", "ondertekening.intrekken.reden.verplicht");
        }
        if (reden.strip().length() > MAX_REDEN) {
            throw DomeinregelException.voorVeld("reden", "ondertekening.intrekken.reden.teLang", MAX_REDEN);
        }
        var open = new ArrayList<Uitnodiging>();
        for (var partij : partijen) {
            open.addAll(partij.trekIn());
        }
        this.status = Rondestatus.INGETROKKEN;
        this.ingetrokkenOp = nu;
        this.ingetrokkenDoor = door;
        this.intrekkingsreden = reden.strip();
        return open;
    }

    /** Completes the round once every party has signed; true only for the call that completed it. */
    boolean controleerVoltooid() {
        if (status == Rondestatus.LOPEND
                && partijen.stream().allMatch(p -> p.getStatus() == Partijstatus.ONDERTEKEND)) {
            status = Rondestatus.VOLTOOID;
            return true;
        }
        return false;
    }

    void vereisLopend() {
        if (status != Rondestatus.LOPEND) {
            throw new DomeinregelException("ondertekening.ronde.nietLopend");
        }
    }

    boolean isLopend() {
        return status == Rondestatus.LOPEND;
    }

    Long getId() {
        return id;
    }

    long getGemeenteId() {
        return gemeenteId;
    }

    long getAfsprakenId() {
        return afsprakenId;
    }

    long getVersieId() {
        return versieId;
    }

    int getVersienummer() {
        return versienummer;
    }

    String getTitel() {
        return titel;
    }

    String getDocumentHash() {
        return documentHash;
    }

    Rondestatus getStatus() {
        return status;
    }

    String getGestartDoor() {
        return gestartDoor;
    }

    String getGestartDoorNaam() {
        return gestartDoorNaam;
    }

    String getGestartDoorEmail() {
        return gestartDoorEmail;
    }

    Instant getGestartOp() {
        return gestartOp;
    }

    Instant getIngetrokkenOp() {
        return ingetrokkenOp;
    }

    String getIntrekkingsreden() {
        return intrekkingsreden;
    }

    List<Rondepartij> getPartijen() {
        return List.copyOf(partijen);
    }
}
