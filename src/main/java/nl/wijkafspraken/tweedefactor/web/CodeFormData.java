package nl.wijkafspraken.tweedefactor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code typed by the user: six digits of the authenticator app, or a recovery code. */
public class CodeFormData {

    @NotBlank(message = "{tweedefactor.code.verplicht}")
    @Size(max = 40, message = "{tweedefactor.code.onjuist}")
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
