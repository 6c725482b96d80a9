package nl.wijkafspraken.besluit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A collegevoorstel on the agenda of a B&W-vergadering, under its agenda number, with the outcome once recorded. */
@Entity
public class Agendapunt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int nummer;
    private Long collegevoorstelId;
    @Enumerated(EnumType.STRING)
    private Uitkomst uitkomst;
    private Instant vastgelegdOp;

    protected Agendapunt() {
    }

    Agendapunt(int nummer, long collegevoorstelId) {
        this.nummer = nummer;
        this.collegevoorstelId = collegevoorstelId;
    }

    void legVast(Uitkomst besloten, Instant nu) {
        this.uitkomst = besloten;
        this.vastgelegdOp = nu;
    }

    public boolean heeftUitkomst() {
        return uitkomst != null;
    }

    public Long getId() {
        return id;
    }

    public int getNummer() {
        return nummer;
    }

    public Long getCollegevoorstelId() {
        return collegevoorstelId;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public Instant getVastgelegdOp() {
        return vastgelegdOp;
    }
}
