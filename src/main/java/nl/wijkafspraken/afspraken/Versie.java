package nl.wijkafspraken.afspraken;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * One version of the text of the afspraken: ordered, numbered articles. Only a concept can change; a vastgestelde
 * version is immutable (this class refuses, and a database trigger refuses too). The articles belong to the version
 * (an element collection), so every change of an article raises the version's {@code versie}: the optimistic lock
 * that protects a concept against two editors.
 */
@Entity
@Table(name = "afspraken_versie")
public class Versie {

    static final int MAX_ARTIKELEN = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "afspraken_id")
    private Afspraken afspraken;
    private int nummer;
    @Enumerated(EnumType.STRING)
    private Versiestatus status = Versiestatus.CONCEPT;
    /** The number of the version this concept was copied from. */
    private Integer gebaseerdOp;
    /** The collegevoorstel this version goes with, by its zaaknummer (free text until the besluit module links it). */
    private String zaaknummer;
    private String toelichting;
    private LocalDate ingangsdatum;
    private Long besluitId;
    private Long besluitpuntId;
    private String besluitIdentificatie;
    @jakarta.persistence.Version
    private long versie;

    @ElementCollection
    @CollectionTable(name = "afspraken_artikel", joinColumns = @JoinColumn(name = "versie_id"))
    @OrderColumn(name = "volgnummer")
    private List<Artikel> artikelen = new ArrayList<>();

    protected Versie() {
    }

    Versie(Afspraken afspraken, int nummer, Versie basis) {
        this.afspraken = afspraken;
        this.nummer = nummer;
        if (basis != null) {
            this.gebaseerdOp = basis.nummer;
            this.artikelen = new ArrayList<>(basis.artikelen);
        }
    }

    void wijzigGegevens(String nieuwZaaknummer, String nieuweToelichting) {
        vereisConcept();
        this.zaaknummer = nieuwZaaknummer;
        this.toelichting = nieuweToelichting;
    }

    /** Adds an article at the end; returns its number. */
    int voegArtikelToe(String kop, String tekst) {
        vereisConcept();
        if (artikelen.size() >= MAX_ARTIKELEN) {
            throw new DomeinregelException("afspraken.artikel.teVeel", MAX_ARTIKELEN);
        }
        artikelen.add(Artikel.nieuw(controleerKop(kop), controleerTekst(tekst)));
        return artikelen.size();
    }

    void wijzigArtikel(int artikelnummer, String kop, String tekst) {
        vereisConcept();
        var index = index(artikelnummer);
        artikelen.set(index, artikelen.get(index).met(controleerKop(kop), controleerTekst(tekst)));
    }

    void verwijderArtikel(int artikelnummer) {
        vereisConcept();
        artikelen.remove(index(artikelnummer));
    }

    /** Moves an article one place up or down; at the top or bottom it stays where it is. */
    void verplaatsArtikel(int artikelnummer, boolean omhoog) {
        vereisConcept();
        var index = index(artikelnummer);
        var doel = omhoog ? index - 1 : index + 1;
        if (doel >= 0 && doel < artikelen.size()) {
            artikelen.set(doel, artikelen.set(index, artikelen.get(doel)));
        }
    }

    void stelVast(long besluit, long besluitpunt, String identificatie, LocalDate datum) {
        vereisConcept();
        if (artikelen.isEmpty()) {
            throw new DomeinregelException("afspraken.vaststellen.geenArtikelen");
        }
        this.status = Versiestatus.VASTGESTELD;
        this.besluitId = besluit;
        this.besluitpuntId = besluitpunt;
        this.besluitIdentificatie = identificatie;
        this.ingangsdatum = datum;
    }

    void vervang() {
        if (status != Versiestatus.VASTGESTELD) {
            throw new DomeinregelException("afspraken.versie.nietVastgesteld");
        }
        this.status = Versiestatus.VERVANGEN;
    }

    private void vereisConcept() {
        if (status != Versiestatus.CONCEPT) {
            throw new DomeinregelException("afspraken.versie.vastgesteld", nummer);
        }
    }

    private int index(int artikelnummer) {
        if (artikelnummer < 1 || artikelnummer > artikelen.size()) {
            throw new DomeinregelException("afspraken.artikel.onbekend", artikelnummer);
        }
        return artikelnummer - 1;
    }

    private static String controleerKop(String kop) {
        if (kop == null || kop.isBlank()) {
            throw DomeinregelException.voorVeld("kop", "afspraken.artikel.kop.verplicht");
        }
        return kop.strip();
    }

    private static String controleerTekst(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw DomeinregelException.voorVeld("tekst", "afspraken.artikel.tekst.verplicht");
        }
        return tekst.strip().replace("\r\n", "\n");
    }

    public boolean isConcept() {
        return status == Versiestatus.CONCEPT;
    }

    /** Vastgesteld now or earlier: the version rests on a besluit. */
    public boolean isVastgesteldOfVervangen() {
        return status != Versiestatus.CONCEPT;
    }

    public Long getId() {
        return id;
    }

    Afspraken getAfspraken() {
        return afspraken;
    }

    public int getNummer() {
        return nummer;
    }

    public Versiestatus getStatus() {
        return status;
    }

    public Integer getGebaseerdOp() {
        return gebaseerdOp;
    }

    public String getZaaknummer() {
        return zaaknummer;
    }

    public String getToelichting() {
        return toelichting;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public Long getBesluitId() {
        return besluitId;
    }

    public Long getBesluitpuntId() {
        return besluitpuntId;
    }

    public String getBesluitIdentificatie() {
        return besluitIdentificatie;
    }

    public long getVersie() {
        return versie;
    }

    public List<Artikel> getArtikelen() {
        return List.copyOf(artikelen);
    }
}
