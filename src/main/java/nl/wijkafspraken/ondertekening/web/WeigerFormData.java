package nl.wijkafspraken.ondertekening.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Refusing: the mailed code (its own field, next to the signing form's) and the reason. */
public class WeigerFormData {

    @NotBlank(message = "{ondertekening.code.verplicht}")
    @Pattern(regexp = "(\\d{6})?", message = "{ondertekening.code.zesCijfers}")
    private String weigercode;
    @NotBlank(message = "{ondertekening.weigeren.reden.verplicht}")
    @Size(max = 2000, message = "{ondertekening.weigeren.reden.teLang}")
    private String reden;

    public String getWeigercode() {
        return weigercode;
    }

    public void setWeigercode(String weigercode) {
        this.weigercode = weigercode == null ? null : weigercode.replaceAll("[\\s-]", "");
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }
}
