package nl.wijkafspraken.ondertekening.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Withdrawing a round: the reason everyone is told. */
public class IntrekkingFormData {

    @NotBlank(message = "{ondertekening.intrekken.reden.verplicht}")
    @Size(max = 2000, message = "{ondertekening.intrekken.reden.teLang}")
    private String reden;

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }
}
