package nl.wijkafspraken.ondertekening.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new round: which afspraken, and for whom: {@code alle} parties that still have to sign, or one wijkoverleg. */
public class StartFormData {

    static final String ALLE = "alle";

    @NotNull(message = "{ondertekening.start.afspraken.verplicht}")
    private Long afsprakenId;
    @NotBlank(message = "{ondertekening.start.keuze.verplicht}")
    @Pattern(regexp = "(alle|\\d{1,18})?", message = "{ondertekening.start.keuze.verplicht}")
    private String keuze;

    /** The chosen wijkoverleg, or null for all parties that still have to sign. */
    Long wijkoverlegId() {
        return ALLE.equals(keuze) ? null : Long.valueOf(keuze);
    }

    public Long getAfsprakenId() {
        return afsprakenId;
    }

    public void setAfsprakenId(Long afsprakenId) {
        this.afsprakenId = afsprakenId;
    }

    public String getKeuze() {
        return keuze;
    }

    public void setKeuze(String keuze) {
        this.keuze = keuze;
    }
}
