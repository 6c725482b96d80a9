package nl.wijkafspraken.afspraken.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A wijkoverleg that becomes party, from a date. */
public class ToetredingFormData {

    @NotNull(message = "{afspraken.partij.kies}")
    private Long wijkoverlegId;
    @NotNull(message = "{afspraken.partij.datum.verplicht}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datum;

    public Long getWijkoverlegId() {
        return wijkoverlegId;
    }

    public void setWijkoverlegId(Long wijkoverlegId) {
        this.wijkoverlegId = wijkoverlegId;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }
}
