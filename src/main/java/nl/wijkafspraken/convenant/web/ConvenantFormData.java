package nl.wijkafspraken.convenant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.wijkafspraken.convenant.Convenant;
import nl.wijkafspraken.convenant.ConvenantGegevens;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** Registering or correcting a convenant, with an optional scanned PDF. */
public class ConvenantFormData {

    @NotBlank(message = "{convenant.titel.verplicht}")
    @Size(max = 200, message = "{veld.teLang}")
    private String titel;
    @NotBlank(message = "{convenant.partij.verplicht}")
    @Size(max = 200, message = "{veld.teLang}")
    private String partij;
    private Long wijkoverlegId;
    @NotNull(message = "{convenant.datum.verplicht}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datumOndertekend;
    private MultipartFile scan;
    private long versie;

    static ConvenantFormData van(Convenant convenant) {
        var form = new ConvenantFormData();
        form.titel = convenant.getTitel();
        form.partij = convenant.getPartij();
        form.wijkoverlegId = convenant.getWijkoverlegId();
        form.datumOndertekend = convenant.getDatumOndertekend();
        form.versie = convenant.getVersie();
        return form;
    }

    ConvenantGegevens gegevens() {
        return new ConvenantGegevens(titel, partij, wijkoverlegId, datumOndertekend);
    }

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public String getPartij() {
        return partij;
    }

    public void setPartij(String partij) {
        this.partij = partij;
    }

    public Long getWijkoverlegId() {
        return wijkoverlegId;
    }

    public void setWijkoverlegId(Long wijkoverlegId) {
        this.wijkoverlegId = wijkoverlegId;
    }

    public LocalDate getDatumOndertekend() {
        return datumOndertekend;
    }

    public void setDatumOndertekend(LocalDate datumOndertekend) {
        this.datumOndertekend = datumOndertekend;
    }

    public MultipartFile getScan() {
        return scan;
    }

    public void setScan(MultipartFile scan) {
        this.scan = scan;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
