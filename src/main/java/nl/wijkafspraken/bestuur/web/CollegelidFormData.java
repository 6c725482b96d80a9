package nl.wijkafspraken.bestuur.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.wijkafspraken.bestuur.CollegeRol;
import nl.wijkafspraken.bestuur.CollegelidGegevens;
import nl.wijkafspraken.bestuur.CollegelidInfo;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A college member; the portefeuilles are typed one per line. No account: the link goes through a proposal that a
 * second person confirms ({@link KoppelingController}).
 */
public class CollegelidFormData {

    @NotBlank(message = "{collegelid.naam.verplicht}")
    @Size(max = 150, message = "{veld.teLang}")
    private String naam;
    @NotNull(message = "{collegelid.rol.verplicht}")
    private CollegeRol rol;
    @Size(max = 2000, message = "{veld.teLang}")
    private String portefeuilles;
    @NotNull(message = "{collegelid.periodeVan.verplicht}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodeVan;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodeTot;
    private long versie;

    static CollegelidFormData van(CollegelidInfo lid) {
        var form = new CollegelidFormData();
        form.naam = lid.naam();
        form.rol = lid.rol();
        form.portefeuilles = String.join("\n", lid.portefeuilles());
        form.periodeVan = lid.periodeVan();
        form.periodeTot = lid.periodeTot();
        form.versie = lid.versie();
        return form;
    }

    CollegelidGegevens gegevens() {
        var lijst = portefeuilles == null ? List.<String>of()
                : Arrays.stream(portefeuilles.split("\\R")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        return new CollegelidGegevens(naam.trim(), rol, lijst, periodeVan, periodeTot);
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public CollegeRol getRol() {
        return rol;
    }

    public void setRol(CollegeRol rol) {
        this.rol = rol;
    }

    public String getPortefeuilles() {
        return portefeuilles;
    }

    public void setPortefeuilles(String portefeuilles) {
        this.portefeuilles = portefeuilles;
    }

    public LocalDate getPeriodeVan() {
        return periodeVan;
    }

    public void setPeriodeVan(LocalDate periodeVan) {
        this.periodeVan = periodeVan;
    }

    public LocalDate getPeriodeTot() {
        return periodeTot;
    }

    public void setPeriodeTot(LocalDate periodeTot) {
        this.periodeTot = periodeTot;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
