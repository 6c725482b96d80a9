package nl.wijkafspraken.besluit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wijkafspraken.besluit.BehandelendAmbtenaar;
import nl.wijkafspraken.besluit.Collegevoorstel;
import nl.wijkafspraken.besluit.Sectie;
import nl.wijkafspraken.besluit.VoorstelGegevens;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The fixed parts of a collegevoorstel in the order of the document; the sections are keyed by {@link Sectie}
 * name. Besluitpunten and bijlagen have forms of their own on the voorstel's page.
 */
public class CollegevoorstelFormData {

    @Pattern(regexp = "^\\s*$|^\\s*Z[0-9]{2}-[0-9]{6}\\s*$", message = "{collegevoorstel.zaaknummer.formaat}")
    private String zaaknummer;
    @NotNull(message = "{collegevoorstel.openbaar.verplicht}")
    private Boolean openbaar;
    @NotNull(message = "{collegevoorstel.raad.verplicht}")
    private Boolean naarRaad;
    @Size(max = 200, message = "{veld.teLang}")
    private String afstemmingWijze;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate afstemmingDatum;
    /** Always at least one row, so that the form has fields to fill. */
    private List<AmbtenaarFormData> ambtenaren = new ArrayList<>(List.of(new AmbtenaarFormData()));
    @Size(max = 150, message = "{veld.teLang}")
    private String ambtenaarTeam;
    private Long portefeuillehouderId;
    @NotBlank(message = "{collegevoorstel.onderwerp.verplicht}")
    @Size(max = 300, message = "{veld.teLang}")
    private String onderwerp;
    private Map<String, String> secties = new LinkedHashMap<>();
    private long versie;

    static CollegevoorstelFormData van(Collegevoorstel v, List<BehandelendAmbtenaar> ambtenaren) {
        var form = new CollegevoorstelFormData();
        form.zaaknummer = v.getZaaknummer();
        form.openbaar = v.isOpenbaar();
        form.naarRaad = v.isNaarRaad();
        form.afstemmingWijze = v.getAfstemmingWijze();
        form.afstemmingDatum = v.getAfstemmingDatum();
        if (!ambtenaren.isEmpty()) {
            form.ambtenaren = new ArrayList<>(ambtenaren.stream().map(AmbtenaarFormData::van).toList());
        }
        form.ambtenaarTeam = v.getTeam();
        form.portefeuillehouderId = v.getPortefeuillehouderId();
        form.onderwerp = v.getOnderwerp();
        v.getSecties().forEach((sectie, tekst) -> form.secties.put(sectie.name(), tekst));
        form.versie = v.getVersie();
        return form;
    }

    /** Sections beyond the limit, each with its own message next to it (Bean Validation cannot key a map). */
    void controleerSecties(Errors fouten) {
        for (var sectie : Sectie.values()) {
            var tekst = secties.get(sectie.name());
            if (tekst != null && tekst.length() > Sectie.MAX_LENGTE) {
                fouten.rejectValue("secties[" + sectie.name() + "]", "collegevoorstel.sectie.teLang",
                        new Object[] {Sectie.MAX_LENGTE, tekst.length()}, null);
            }
        }
    }

    /**
     * Each row's own messages next to its fields, all at once, naming the row ("de 2e ambtenaar"); a row left empty
     * counts as not there, but at least one must be filled in. The voorstel checks the same rules again.
     */
    void controleerAmbtenaren(Errors fouten) {
        boolean iemand = false;
        for (int i = 0; i < ambtenaren.size(); i++) {
            var ambtenaar = ambtenaren.get(i) == null ? null : ambtenaren.get(i).ambtenaar();
            if (ambtenaar == null || ambtenaar.isLeeg()) {
                continue;
            }
            iemand = true;
            for (var gebrek : ambtenaar.gebreken().entrySet()) {
                fouten.rejectValue("ambtenaren[" + i + "]." + gebrek.getKey(), gebrek.getValue(),
                        BehandelendAmbtenaar.argumenten(i, gebrek.getKey()), null);
            }
        }
        if (!iemand) {
            fouten.rejectValue("ambtenaren[0].naam", "collegevoorstel.ambtenaren.verplicht");
        }
        if (ambtenaren.size() > Collegevoorstel.MAX_AMBTENAREN) {
            fouten.reject("collegevoorstel.ambtenaren.teVeel", new Object[] {Collegevoorstel.MAX_AMBTENAREN}, null);
        }
    }

    /** "Nog een ambtenaar toevoegen": an empty row at the end, up to the maximum. */
    boolean voegAmbtenaarToe() {
        if (ambtenaren.size() >= Collegevoorstel.MAX_AMBTENAREN) {
            return false;
        }
        ambtenaren.add(new AmbtenaarFormData());
        return true;
    }

    /** "Verwijderen" of one row; the last row stays (emptied), so the group never disappears. */
    void verwijderAmbtenaar(int index) {
        if (index < 0 || index >= ambtenaren.size()) {
            return;
        }
        ambtenaren.remove(index);
        if (ambtenaren.isEmpty()) {
            ambtenaren.add(new AmbtenaarFormData());
        }
    }

    VoorstelGegevens gegevens() {
        var tekst = new EnumMap<Sectie, String>(Sectie.class);
        for (var sectie : Sectie.values()) {
            tekst.put(sectie, secties.get(sectie.name()));
        }
        var lijst = ambtenaren.stream().filter(Objects::nonNull).map(AmbtenaarFormData::ambtenaar).toList();
        return new VoorstelGegevens(Boolean.TRUE.equals(openbaar), Boolean.TRUE.equals(naarRaad),
                leegIsNull(afstemmingWijze), afstemmingDatum, lijst, leegIsNull(ambtenaarTeam), portefeuillehouderId,
                onderwerp, tekst);
    }

    static String leegIsNull(String tekst) {
        return StringUtils.hasText(tekst) ? tekst.trim() : null;
    }

    public String getZaaknummer() {
        return zaaknummer;
    }

    public void setZaaknummer(String zaaknummer) {
        this.zaaknummer = zaaknummer;
    }

    public Boolean getOpenbaar() {
        return openbaar;
    }

    public void setOpenbaar(Boolean openbaar) {
        this.openbaar = openbaar;
    }

    public Boolean getNaarRaad() {
        return naarRaad;
    }

    public void setNaarRaad(Boolean naarRaad) {
        this.naarRaad = naarRaad;
    }

    public String getAfstemmingWijze() {
        return afstemmingWijze;
    }

    public void setAfstemmingWijze(String afstemmingWijze) {
        this.afstemmingWijze = afstemmingWijze;
    }

    public LocalDate getAfstemmingDatum() {
        return afstemmingDatum;
    }

    public void setAfstemmingDatum(LocalDate afstemmingDatum) {
        this.afstemmingDatum = afstemmingDatum;
    }

    public List<AmbtenaarFormData> getAmbtenaren() {
        return ambtenaren;
    }

    public void setAmbtenaren(List<AmbtenaarFormData> ambtenaren) {
        this.ambtenaren = ambtenaren;
    }

    public String getAmbtenaarTeam() {
        return ambtenaarTeam;
    }

    public void setAmbtenaarTeam(String ambtenaarTeam) {
        this.ambtenaarTeam = ambtenaarTeam;
    }

    public Long getPortefeuillehouderId() {
        return portefeuillehouderId;
    }

    public void setPortefeuillehouderId(Long portefeuillehouderId) {
        this.portefeuillehouderId = portefeuillehouderId;
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public void setOnderwerp(String onderwerp) {
        this.onderwerp = onderwerp;
    }

    public Map<String, String> getSecties() {
        return secties;
    }

    public void setSecties(Map<String, String> secties) {
        this.secties = secties;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
