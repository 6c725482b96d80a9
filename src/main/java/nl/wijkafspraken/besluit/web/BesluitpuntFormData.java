package nl.wijkafspraken.besluit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wijkafspraken.besluit.Besluitpunt;
import nl.wijkafspraken.besluit.Effect;
import nl.wijkafspraken.besluit.EffectSoort;
import org.springframework.format.annotation.DateTimeFormat;

/** A besluitpunt with its optional effect; the effect fields a kind does not use are ignored. */
public class BesluitpuntFormData {

    /** The scope the Aalsmeer decision grants, offered as the default for a new mandate. */
    static final String STANDAARD_SCOPE = "ondertekening Samenwerkingsafspraken Wijkoverleggen";

    @NotBlank(message = "{besluitpunt.tekst.verplicht}")
    @Size(max = Besluitpunt.MAX_TEKST, message = "{veld.teLang}")
    private String tekst;
    private EffectSoort effect;
    private Long effectCollegelidId;
    @Size(max = Effect.MAX_SCOPE, message = "{veld.teLang}")
    private String effectScope = STANDAARD_SCOPE;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectIngangsdatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectEinddatum;
    private Long effectVersieId;
    private List<Long> effectConvenantIds = new ArrayList<>();
    private long versie;

    static BesluitpuntFormData van(Besluitpunt punt, long versie) {
        var form = new BesluitpuntFormData();
        form.tekst = punt.getTekst();
        var effect = punt.getEffect();
        if (effect != null) {
            form.effect = effect.soort();
            form.effectCollegelidId = effect.collegelidId();
            form.effectScope = effect.scope() != null ? effect.scope() : STANDAARD_SCOPE;
            form.effectIngangsdatum = effect.ingangsdatum();
            form.effectEinddatum = effect.einddatum();
            switch (effect.soort()) {
                case AFSPRAKEN_VASTSTELLEN -> form.effectVersieId = effect.doelIds().getFirst();
                case CONVENANTEN_INTREKKEN -> form.effectConvenantIds = new ArrayList<>(effect.doelIds());
                case MANDAAT_VERLENEN -> { }
            }
        }
        form.versie = versie;
        return form;
    }

    Effect effectGegevens() {
        return Effect.van(effect, effectCollegelidId, effectScope, effectIngangsdatum, effectEinddatum,
                effectVersieId, effectConvenantIds);
    }

    public String getTekst() {
        return tekst;
    }

    public void setTekst(String tekst) {
        this.tekst = tekst;
    }

    public EffectSoort getEffect() {
        return effect;
    }

    public void setEffect(EffectSoort effect) {
        this.effect = effect;
    }

    public Long getEffectCollegelidId() {
        return effectCollegelidId;
    }

    public void setEffectCollegelidId(Long effectCollegelidId) {
        this.effectCollegelidId = effectCollegelidId;
    }

    public String getEffectScope() {
        return effectScope;
    }

    public void setEffectScope(String effectScope) {
        this.effectScope = effectScope;
    }

    public LocalDate getEffectIngangsdatum() {
        return effectIngangsdatum;
    }

    public void setEffectIngangsdatum(LocalDate effectIngangsdatum) {
        this.effectIngangsdatum = effectIngangsdatum;
    }

    public LocalDate getEffectEinddatum() {
        return effectEinddatum;
    }

    public void setEffectEinddatum(LocalDate effectEinddatum) {
        this.effectEinddatum = effectEinddatum;
    }

    public Long getEffectVersieId() {
        return effectVersieId;
    }

    public void setEffectVersieId(Long effectVersieId) {
        this.effectVersieId = effectVersieId;
    }

    public List<Long> getEffectConvenantIds() {
        return effectConvenantIds;
    }

    public void setEffectConvenantIds(List<Long> effectConvenantIds) {
        this.effectConvenantIds = effectConvenantIds == null ? new ArrayList<>() : effectConvenantIds;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
