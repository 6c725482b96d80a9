package nl.wijkafspraken.besluit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A bijlage of a collegevoorstel: a title, and optionally an uploaded PDF. The PDF itself is kept apart
 * ({@code bijlage_inhoud}), so that showing a voorstel never loads it.
 */
@Entity
public class Bijlage {

    public static final int MAX_TITEL = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String titel;
    private String bestandsnaam;
    private Integer grootte;

    protected Bijlage() {
    }

    Bijlage(String titel, String bestandsnaam, Integer grootte) {
        this.titel = titel.trim();
        this.bestandsnaam = bestandsnaam;
        this.grootte = grootte;
    }

    public boolean heeftBestand() {
        return bestandsnaam != null;
    }

    public Long getId() {
        return id;
    }

    public String getTitel() {
        return titel;
    }

    public String getBestandsnaam() {
        return bestandsnaam;
    }

    public Integer getGrootte() {
        return grootte;
    }
}
