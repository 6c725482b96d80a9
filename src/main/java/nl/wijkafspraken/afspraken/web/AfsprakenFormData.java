package nl.wijkafspraken.afspraken.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** New afspraken: only the title; the text is written in the concept that comes with them. */
public class AfsprakenFormData {

    @NotBlank(message = "{afspraken.titel.verplicht}")
    @Size(max = 200, message = "{veld.teLang}")
    private String titel;

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }
}
