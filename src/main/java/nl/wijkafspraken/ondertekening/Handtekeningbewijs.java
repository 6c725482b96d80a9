package nl.wijkafspraken.ondertekening;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.wijkafspraken.bestuur.CollegelidInfo;
import nl.wijkafspraken.mandaat.MandaatInfo;
import nl.wijkafspraken.tweedefactor.Bevestiging;
import nl.wijkafspraken.tweedefactor.Bevestigingsmethode;
import org.hibernate.annotations.Immutable;

/**
 * The evidence of one signature: who (as the register knows them and as they typed their name), for which party and
 * in which function, whether they confirmed typing their name otherwise than registered, the exact consent text they
 * ticked and its version, how they were authenticated, when (UTC), from which IP address and browser, on which exact text
 * (its SHA-256), and for the gemeente the mandaat and the besluit that granted it. Append-only: Hibernate never
 * updates it and a database trigger refuses any update or delete.
 */
@Entity
@Immutable
@Table(name = "handtekening")
class Handtekeningbewijs {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long gemeenteId;
    private long rondeId;
    private long partijId;
    @Enumerated(EnumType.STRING)
    private Partijsoort soort;
    private Long wijkoverlegId;
    private Long uitnodigingId;
    private Long bestuurslidId;
    private Long collegelidId;
    private String gebruikersnaam;
    private String naam;
    private String getypteNaam;
    private String email;
    private String partij;
    private String functie;
    @Enumerated(EnumType.STRING)
    private Methode methode;
    private Instant tijdstip;
    private String ipAdres;
    private String userAgent;
    private String documentHash;
    private Long mandaatId;
    private String mandaatScope;
    private Long besluitId;
    private String besluitIdentificatie;
    /** The mandate's validity period as the register had it at signing: a mandate is history (V48). */
    private LocalDate mandaatIngangsdatum;
    private LocalDate mandaatEinddatum;
    /**
     * Null for signatures made before V51, which did not record it: a column added with a default would have changed
     * the canonical content of those rows and so broken their hash chain (V49).
     */
    private Boolean afwijkendeNaamBevestigd;
    private String toestemmingstekst;
    private String toestemmingsversie;
    /** The wethouder's step-up at the moment of signing (module tweedefactor); null for a wijkoverleg. */
    @Enumerated(EnumType.STRING)
    private Bevestigingsmethode bevestigingMethode;
    private Instant bevestigingTijdstip;

    protected Handtekeningbewijs() {
    }

    private Handtekeningbewijs(Rondepartij partij, String naam, Verklaring verklaring, String email, String functie,
            Methode methode, Instant tijdstip, Herkomst herkomst, String documentHash) {
        var ronde = partij.getRonde();
        this.gemeenteId = ronde.getGemeenteId();
        this.rondeId = ronde.getId();
        this.partijId = partij.getId();
        this.soort = partij.getSoort();
        this.wijkoverlegId = partij.getWijkoverlegId();
        this.partij = partij.getNaam();
        this.naam = naam;
        this.getypteNaam = verklaring.getypteNaam();
        this.afwijkendeNaamBevestigd = verklaring.afwijkendeNaamBevestigd();
        this.toestemmingstekst = verklaring.toestemming().tekst();
        this.toestemmingsversie = verklaring.toestemming().versie();
        this.email = email;
        this.functie = functie;
        this.methode = methode;
        this.tijdstip = tijdstip;
        this.ipAdres = herkomst.ipAdres();
        this.userAgent = herkomst.userAgent();
        this.documentHash = documentHash;
    }

    /**
     * What the signer declared: the name as typed, whether they confirmed that it differs from the registered name,
     * and the consent text shown with its version.
     */
    record Verklaring(String getypteNaam, boolean afwijkendeNaamBevestigd, Toestemming.Gegeven toestemming) {
    }

    static Handtekeningbewijs vanBestuurslid(Uitnodiging uitnodiging, String functie, Verklaring verklaring,
            Instant tijdstip, Herkomst herkomst, String documentHash) {
        var bewijs = new Handtekeningbewijs(uitnodiging.getPartij(), uitnodiging.getNaam(), verklaring,
                uitnodiging.getEmail(), functie, Methode.LINK_EN_EMAILCODE, tijdstip, herkomst, documentHash);
        bewijs.uitnodigingId = uitnodiging.getId();
        bewijs.bestuurslidId = uitnodiging.getBestuurslidId();
        return bewijs;
    }

    static Handtekeningbewijs vanCollegelid(Rondepartij gemeente, CollegelidInfo lid, String gebruikersnaam,
            String email, Verklaring verklaring, MandaatInfo mandaat, Bevestiging bevestiging, Instant tijdstip,
            Herkomst herkomst, String documentHash) {
        var bewijs = new Handtekeningbewijs(gemeente, lid.naam(), verklaring, email, lid.rol().aanduiding(),
                Methode.INLOG, tijdstip, herkomst, documentHash);
        bewijs.collegelidId = lid.id();
        bewijs.gebruikersnaam = gebruikersnaam;
        bewijs.mandaatId = mandaat.id();
        bewijs.mandaatScope = mandaat.scope();
        bewijs.besluitId = mandaat.besluitId();
        bewijs.besluitIdentificatie = mandaat.besluitIdentificatie();
        bewijs.mandaatIngangsdatum = mandaat.ingangsdatum();
        bewijs.mandaatEinddatum = laatsteDag(mandaat);
        bewijs.bevestigingMethode = bevestiging.methode();
        bewijs.bevestigingTijdstip = bevestiging.tijdstip();
        return bewijs;
    }

    /** The last day the mandate was valid as far as the register knew at signing; null when open-ended. */
    private static LocalDate laatsteDag(MandaatInfo mandaat) {
        var totIntrekking = mandaat.ingetrokkenPer() == null ? null : mandaat.ingetrokkenPer().minusDays(1);
        if (mandaat.einddatum() == null || totIntrekking == null) {
            return mandaat.einddatum() == null ? totIntrekking : mandaat.einddatum();
        }
        return totIntrekking.isBefore(mandaat.einddatum()) ? totIntrekking : mandaat.einddatum();
    }

    /** As a document shows it: without e-mail, IP address or browser. */
    Handtekening alsHandtekening() {
        return new Handtekening(naam, functie, partij, tijdstip, methode.omschrijving(), documentHash,
                mandaatScope == null ? null : "mandaat '" + mandaatScope + "', verleend bij besluit "
                        + besluitIdentificatie);
    }

    Bevestigingsmethode getBevestigingMethode() {
        return bevestigingMethode;
    }

    Instant getBevestigingTijdstip() {
        return bevestigingTijdstip;
    }

    Long getId() {
        return id;
    }

    long getPartijId() {
        return partijId;
    }

    Partijsoort getSoort() {
        return soort;
    }

    String getNaam() {
        return naam;
    }

    String getGetypteNaam() {
        return getypteNaam;
    }

    boolean isAfwijkendeNaamBevestigd() {
        return Boolean.TRUE.equals(afwijkendeNaamBevestigd);
    }

    /** Null for a signature made before V51, which did not record it. */
    Boolean getAfwijkendeNaamBevestigd() {
        return afwijkendeNaamBevestigd;
    }

    Methode getMethode() {
        return methode;
    }

    String getMandaatScope() {
        return mandaatScope;
    }

    String getBesluitIdentificatie() {
        return besluitIdentificatie;
    }

    String getToestemmingstekst() {
        return toestemmingstekst;
    }

    String getToestemmingsversie() {
        return toestemmingsversie;
    }

    String getEmail() {
        return email;
    }

    String getFunctie() {
        return functie;
    }

    String getGebruikersnaam() {
        return gebruikersnaam;
    }

    Instant getTijdstip() {
        return tijdstip;
    }

    String getDocumentHash() {
        return documentHash;
    }

    long getRondeId() {
        return rondeId;
    }

    String getPartij() {
        return partij;
    }

    LocalDate getMandaatIngangsdatum() {
        return mandaatIngangsdatum;
    }

    LocalDate getMandaatEinddatum() {
        return mandaatEinddatum;
    }
}
