package nl.wijkafspraken.besluit.web;

import jakarta.validation.constraints.NotNull;

/** A concept voorstel to put on the agenda, with its agenda number (empty: the next one). */
public class AgenderenFormData {

    @NotNull(message = "{agendapunt.voorstel.verplicht}")
    private Long collegevoorstelId;
    private Integer nummer;

    public Long getCollegevoorstelId() {
        return collegevoorstelId;
    }

    public void setCollegevoorstelId(Long collegevoorstelId) {
        this.collegevoorstelId = collegevoorstelId;
    }

    public Integer getNummer() {
        return nummer;
    }

    public void setNummer(Integer nummer) {
        this.nummer = nummer;
    }
}
