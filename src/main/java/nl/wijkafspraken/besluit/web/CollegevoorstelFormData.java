package nl.wijkafspraken.besluit.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
    @Size(max = 150, message = "{veld.teLang}")
    private String ambtenaarNaam;
    @Pattern(regexp = "^$|^[0-9 +()-]{6,30}$", message = "{veld.telefoon.ongeldig}")
    private String ambtenaarTelefoon;
    @Email(message = "{veld.email.ongeldig}")
    @Size(max = 254, message = "{veld.teLang}")
    private String ambtenaarEmail;
    @Size(max = 150, message = "{veld.teLang}")
    private String ambtenaarTeam;
    private Long portefeuillehouderId;
    @NotBlank(message = "{collegevoorstel.onderwerp.verplicht}")
    @Size(max = 300, message = "{veld.teLang}")
    private String onderwerp;
    private Map<String, String> secties = new LinkedHashMap<>();
    private long versie;

    static CollegevoorstelFormData van(Collegevoorstel v) {
        var form = new CollegevoorstelFormData();
        form.zaaknummer = v.getZaaknummer();
        form.openbaar = v.isOpenbaar();
        form.naarRaad = v.isNaarRaad();
        form.afstemmingWijze = v.getAfstemmingWijze();
        form.afstemmingDatum = v.getAfstemmingDatum();
        if (v.getAmbtenaar() != null) {
            form.ambtenaarNaam = v.getAmbtenaar().naam();
            form.ambtenaarTelefoon = v.getAmbtenaar().telefoon();
            form.ambtenaarEmail = v.getAmbtenaar().email();
            form.ambtenaarTeam = v.getAmbtenaar().team();
        }
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

    VoorstelGegevens gegevens() {
        var tekst = new EnumMap<Sectie, String>(Sectie.class);
        for (var sectie : Sectie.values()) {
            tekst.put(sectie, secties.get(sectie.name()));
        }
        var ambtenaar = new BehandelendAmbtenaar(leegIsNull(ambtenaarNaam), leegIsNull(ambtenaarTelefoon),
                leegIsNull(ambtenaarEmail), leegIsNull(ambtenaarTeam));
        return new VoorstelGegevens(Boolean.TRUE.equals(openbaar), Boolean.TRUE.equals(naarRaad),
                leegIsNull(afstemmingWijze), afstemmingDatum, ambtenaar, portefeuillehouderId, onderwerp, tekst);
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

    public String getAmbtenaarNaam() {
        return ambtenaarNaam;
    }

    public void setAmbtenaarNaam(String ambtenaarNaam) {
        this.ambtenaarNaam = ambtenaarNaam;
    }

    public String getAmbtenaarTelefoon() {
        return ambtenaarTelefoon;
    }

    public void setAmbtenaarTelefoon(String ambtenaarTelefoon) {
        this.ambtenaarTelefoon = ambtenaarTelefoon;
    }

    public String getAmbtenaarEmail() {
        return ambtenaarEmail;
    }

    public void setAmbtenaarEmail(String ambtenaarEmail) {
        this.ambtenaarEmail = ambtenaarEmail;
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
