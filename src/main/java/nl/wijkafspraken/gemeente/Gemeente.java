package nl.wijkafspraken.gemeente;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Gemeente {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Stable slug for readable URLs (the public register uses /openbaar/{code}). */
    private String code;
    private String naam;
    /** The CBS gemeentecode (four digits), from which its TOOI identifier comes; null until set. */
    private String cbsCode;
    @Version
    private long versie;

    protected Gemeente() {
    }

    Gemeente(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public String getCbsCode() {
        return cbsCode;
    }

    void legCbsCodeVast(String cbsCode) {
        if (cbsCode == null || !cbsCode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("Een CBS-gemeentecode heeft vier cijfers: " + cbsCode);
        }
        this.cbsCode = cbsCode;
    }
}
