package nl.wijkafspraken.besluit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The typed effect of a besluitpunt. The ingangsdatum is optional for every kind: without it the effect starts on
 * the ingangsdatum of the besluit. Mandaat verlenen also names the college member, the scope and an optional
 * einddatum. Afspraken vaststellen names the concept version it adopts, convenanten intrekken the convenanten it
 * withdraws: the {@code doelen}, ids that the owning module offers through {@link Effectdoelen}, so that the
 * decision itself says what it acts on.
 */
@Embeddable
public record Effect(
        @Enumerated(EnumType.STRING) @Column(name = "effect") EffectSoort soort,
        @Column(name = "effect_collegelid_id") Long collegelidId,
        @Column(name = "effect_scope") String scope,
        @Column(name = "effect_ingangsdatum") LocalDate ingangsdatum,
        @Column(name = "effect_einddatum") LocalDate einddatum,
        @JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "effect_doelen") List<Long> doelen) {

    public static final int MAX_SCOPE = 200;

    public Effect {
        doelen = doelen == null || doelen.isEmpty() ? null : List.copyOf(doelen);
    }

    /** Adopts this concept version of the afspraken. */
    public static Effect afsprakenVaststellen(Long versieId, LocalDate ingangsdatum) {
        if (versieId == null) {
            throw DomeinregelException.voorVeld("effectVersieId", "besluitpunt.effect.versie.verplicht");
        }
        return new Effect(EffectSoort.AFSPRAKEN_VASTSTELLEN, null, null, ingangsdatum, null, List.of(versieId));
    }

    /** Withdraws these convenanten, all in one go. */
    public static Effect convenantenIntrekken(List<Long> convenantIds, LocalDate ingangsdatum) {
        if (convenantIds == null || convenantIds.isEmpty()) {
            throw DomeinregelException.voorVeld("effectConvenantIds", "besluitpunt.effect.convenanten.verplicht");
        }
        return new Effect(EffectSoort.CONVENANTEN_INTREKKEN, null, null, ingangsdatum, null,
                convenantIds.stream().distinct().sorted().toList());
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
        return new Effect(EffectSoort.MANDAAT_VERLENEN, collegelidId, scope.trim(), ingangsdatum, einddatum, null);
    }

    /** The effect of this kind from form input; the fields a kind does not use are dropped. */
    public static Effect van(EffectSoort soort, Long collegelidId, String scope, LocalDate ingangsdatum,
            LocalDate einddatum, Long versieId, List<Long> convenantIds) {
        if (soort == null) {
            return null;
        }
        return switch (soort) {
            case AFSPRAKEN_VASTSTELLEN -> afsprakenVaststellen(versieId, ingangsdatum);
            case CONVENANTEN_INTREKKEN -> convenantenIntrekken(convenantIds, ingangsdatum);
            case MANDAAT_VERLENEN -> mandaatVerlenen(collegelidId, scope, ingangsdatum, einddatum);
        };
    }

    /** The ids of what the effect acts on (a version, convenanten); empty for a mandate. */
    public List<Long> doelIds() {
        return doelen == null ? List.of() : doelen;
    }

    /** The date the effect takes effect: its own, or else the besluit's. */
    public LocalDate ingangsdatumBij(LocalDate ingangsdatumBesluit) {
        return ingangsdatum != null ? ingangsdatum : ingangsdatumBesluit;
    }
}
