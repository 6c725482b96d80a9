package nl.wijkafspraken.ondertekening.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The wethouder's step-up before signing: a code of the authenticator app. */
public class GemeenteBevestigFormData {

    @NotBlank(message = "{tweedefactor.code.verplicht}")
    @Size(max = 10, message = "{tweedefactor.code.onjuist}")
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
