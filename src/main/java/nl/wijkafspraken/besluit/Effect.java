package nl.wijkafspraken.besluit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.wijkafspraken.gedeeld.DomeinregelException;

/**
 * The typed effect of a besluitpunt. The ingangsdatum is optional for every kind: without it the effect starts on
 * the ingangsdatum of the besluit. Mandaat verlenen also names the college member, the scope and an optional
 * einddatum. The afspraken and convenant issues add what their kinds need (the version, the convenanten).
 */
@Embeddable
public record Effect(
        @Enumerated(EnumType.STRING) @Column(name = "effect") EffectSoort soort,
        @Column(name = "effect_collegelid_id") Long collegelidId,
        @Column(name = "effect_scope") String scope,
        @Column(name = "effect_ingangsdatum") LocalDate ingangsdatum,
        @Column(name = "effect_einddatum") LocalDate einddatum) {

    public static final int MAX_SCOPE = 200;

    public static Effect afsprakenVaststellen(LocalDate ingangsdatum) {
        return new Effect(EffectSoort.AFSPRAKEN_VASTSTELLEN, null, null, ingangsdatum, null);
    }

    public static Effect convenantenIntrekken(LocalDate ingangsdatum) {
        return new Effect(EffectSoort.CONVENANTEN_INTREKKEN, null, null, ingangsdatum, null);
    }

    public static Effect mandaatVerlenen(Long collegelidId, String scope, LocalDate ingangsdatum,
            LocalDate einddatum) {
        if (collegelidId == null) {
            throw DomeinregelException.voorVeld("effectCollegelidId", "besluitpunt.effect.collegelid.verplicht");
        }
        if (scope == null || scope.isBlank()) {
            throw DomeinregelException.voorVeld("effectScope", "besluitpunt.effect.scope.verplicht");
        }
        if (scope.trim().length() > MAX_SCOPE) {
            throw DomeinregelException.voorVeld("effectScope", "besluitpunt.effect.scope.teLang", MAX_SCOPE);
        }
        if (einddatum != null && ingangsdatum != null && einddatum.isBefore(ingangsdatum)) {
            throw DomeinregelException.voorVeld("effectEinddatum", "besluitpunt.effect.einddatum.voorIngang");
        }
        return new Effect(EffectSoort.MANDAAT_VERLENEN, collegelidId, scope.trim(), ingangsdatum, einddatum);
    }

    /** The effect of this kind from form input; the fields a kind does not use are dropped. */
    public static Effect van(EffectSoort soort, Long collegelidId, String scope, LocalDate ingangsdatum,
            LocalDate einddatum) {
        if (soort == null) {
            return null;
        }
        return switch (soort) {
            case AFSPRAKEN_VASTSTELLEN -> afsprakenVaststellen(ingangsdatum);
            case CONVENANTEN_INTREKKEN -> convenantenIntrekken(ingangsdatum);
            case MANDAAT_VERLENEN -> mandaatVerlenen(collegelidId, scope, ingangsdatum, einddatum);
        };
    }

    /** The date the effect takes effect: its own, or else the besluit's. */
    public LocalDate ingangsdatumBij(LocalDate ingangsdatumBesluit) {
        return ingangsdatum != null ? ingangsdatum : ingangsdatumBesluit;
    }
}
