package nl.wijkafspraken.afspraken.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wijkafspraken.afspraken.Evaluatie;
import nl.wijkafspraken.afspraken.Partij;
import nl.wijkafspraken.afspraken.Uitkomst;
import nl.wijkafspraken.afspraken.Verlengingsverslag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;

/** The record of a renewal meeting: date, outcome, the gemeente's evaluation and one block per party. */
public class VerlengingFormData {

    @NotNull(message = "{afspraken.verlenging.datum.verplicht}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datum;
    @NotNull(message = "{afspraken.verlenging.uitkomst.verplicht}")
    private Uitkomst uitkomst;
    @Size(max = 4000, message = "{veld.teLang}")
    private String gemeenteWatWerkt;
    @Size(max = 4000, message = "{veld.teLang}")
    private String gemeenteWatAnders;
    private List<@Valid PartijEvaluatie> partijen = new ArrayList<>();

    static VerlengingFormData voor(List<Partij> partijen, LocalDate datum) {
        var form = new VerlengingFormData();
        form.datum = datum;
        partijen.forEach(p -> {
            var evaluatie = new PartijEvaluatie();
            evaluatie.setWijkoverlegId(p.wijkoverlegId());
            form.partijen.add(evaluatie);
        });
        return form;
    }

    /** Only the attending parties count; what is typed for an absent one is not kept. */
    Verlengingsverslag verslag() {
        var aanwezig = partijen.stream().filter(PartijEvaluatie::isAanwezig)
                .map(p -> new Evaluatie(p.getWijkoverlegId(), leegIsNull(p.getWatWerkt()), leegIsNull(p.getWatAnders())))
                .toList();
        return new Verlengingsverslag(datum, uitkomst,
                new Evaluatie(null, leegIsNull(gemeenteWatWerkt), leegIsNull(gemeenteWatAnders)), aanwezig);
    }

    private static String leegIsNull(String tekst) {
        return StringUtils.hasText(tekst) ? tekst.strip() : null;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public void setUitkomst(Uitkomst uitkomst) {
        this.uitkomst = uitkomst;
    }

    public String getGemeenteWatWerkt() {
        return gemeenteWatWerkt;
    }

    public void setGemeenteWatWerkt(String gemeenteWatWerkt) {
        this.gemeenteWatWerkt = gemeenteWatWerkt;
    }

    public String getGemeenteWatAnders() {
        return gemeenteWatAnders;
    }

    public void setGemeenteWatAnders(String gemeenteWatAnders) {
        this.gemeenteWatAnders = gemeenteWatAnders;
    }

    public List<PartijEvaluatie> getPartijen() {
        return partijen;
    }

    public void setPartijen(List<PartijEvaluatie> partijen) {
        this.partijen = partijen;
    }

    /** One party at the meeting: present or not, and what it said. */
    public static class PartijEvaluatie {

        private Long wijkoverlegId;
        private boolean aanwezig;
        @Size(max = 4000, message = "{veld.teLang}")
        private String watWerkt;
        @Size(max = 4000, message = "{veld.teLang}")
        private String watAnders;

        public Long getWijkoverlegId() {
            return wijkoverlegId;
        }

        public void setWijkoverlegId(Long wijkoverlegId) {
            this.wijkoverlegId = wijkoverlegId;
        }

        public boolean isAanwezig() {
            return aanwezig;
        }

        public void setAanwezig(boolean aanwezig) {
            this.aanwezig = aanwezig;
        }

        public String getWatWerkt() {
            return watWerkt;
        }

        public void setWatWerkt(String watWerkt) {
            this.watWerkt = watWerkt;
        }

        public String getWatAnders() {
            return watAnders;
        }

        public void setWatAnders(String watAnders) {
            this.watAnders = watAnders;
        }
    }
}
