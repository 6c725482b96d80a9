package nl.wijkafspraken.register.web;

import jakarta.validation.constraints.Size;
import nl.wijkafspraken.register.RegisterService;

/** The search form of the public register: one question, in words as anyone would type them. */
public class ZoekFormData {

    @Size(max = RegisterService.MAX_ZOEKVRAAG, message = "{register.zoeken.teLang}")
    private String q;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
