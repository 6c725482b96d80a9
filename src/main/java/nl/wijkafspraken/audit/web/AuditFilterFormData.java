package nl.wijkafspraken.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.StringJoiner;
import nl.wijkafspraken.audit.AuditFilter;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The filter form above the audit trail (a GET form, so the filter is in the address and can be bookmarked). A bean
 * with setters rather than a record: a date that does not parse then stays in the field with its Dutch message,
 * instead of failing the whole binding. The dates are read and printed the Dutch way by web/Datumformaat.
 */
class AuditFilterFormData {

    private String gebruikersnaam;
    private String objecttype;
    private String actie;
    private LocalDate van;
    private LocalDate tot;

    /** Checks what the binding cannot: a period that ends before it starts. */
    void valideer(Errors errors) {
        if (van != null && tot != null && van.isAfter(tot) && !errors.hasFieldErrors("tot")) {
            errors.rejectValue("tot", "audit.filter.totVoorVan");
        }
    }

    AuditFilter alsFilter() {
        return new AuditFilter(gebruikersnaam, objecttype, actie, van, tot);
    }

    /** The address of the list with this filter, for the pagination links. */
    String url(String pad) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("gebruikersnaam", gebruikersnaam);
        parameters.put("objecttype", objecttype);
        parameters.put("actie", actie);
        parameters.put("van", van);
        parameters.put("tot", tot);
        var query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((naam, waarde) -> {
            if (waarde != null && StringUtils.hasText(waarde.toString())) {
                query.add(naam + "=" + URLEncoder.encode(waarde.toString(), StandardCharsets.UTF_8));
            }
        });
        return pad + query;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getObjecttype() {
        return objecttype;
    }

    public void setObjecttype(String objecttype) {
        this.objecttype = objecttype;
    }

    public String getActie() {
        return actie;
    }

    public void setActie(String actie) {
        this.actie = actie;
    }

    public LocalDate getVan() {
        return van;
    }

    public void setVan(LocalDate van) {
        this.van = van;
    }

    public LocalDate getTot() {
        return tot;
    }

    public void setTot(LocalDate tot) {
        this.tot = tot;
    }
}
