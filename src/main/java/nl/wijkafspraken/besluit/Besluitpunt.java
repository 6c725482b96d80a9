package nl.wijkafspraken.besluit;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One numbered point of "Het college van burgemeester en wethouders besluit: …", optionally with a typed effect.
 * Its number is its place in the voorstel. When the college amends it, the proposed text stays and the decided
 * text is kept beside it.
 */
@Entity
public class Besluitpunt {

    public static final int MAX_TEKST = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String tekst;
    private String beslotenTekst;
    private boolean vervallen;
    @Embedded
    private Effect effect;

    protected Besluitpunt() {
    }

    Besluitpunt(String tekst, Effect effect) {
        wijzig(tekst, effect);
    }

    void wijzig(String nieuweTekst, Effect nieuwEffect) {
        this.tekst = nieuweTekst.trim();
        this.effect = nieuwEffect;
    }

    /** The college's amendment: another text, or the point is struck out. */
    void wijzigBijBesluit(String besloten, boolean vervalt) {
        this.vervallen = vervalt;
        this.beslotenTekst = vervalt || besloten == null || besloten.isBlank() || besloten.trim().equals(tekst)
                ? null : besloten.trim();
    }

    boolean isGewijzigdBijBesluit() {
        return vervallen || beslotenTekst != null;
    }

    /** Whether this point's effect is to be carried out once the voorstel is decided. */
    public boolean heeftUitTeVoerenEffect() {
        return effect != null && effect.soort() != null && !vervallen;
    }

    /** The text as decided: the amended text when there is one. */
    public String getGeldendeTekst() {
        return beslotenTekst != null ? beslotenTekst : tekst;
    }

    public Long getId() {
        return id;
    }

    public String getTekst() {
        return tekst;
    }

    public String getBeslotenTekst() {
        return beslotenTekst;
    }

    public boolean isVervallen() {
        return vervallen;
    }

    public Effect getEffect() {
        return effect != null && effect.soort() != null ? effect : null;
    }
}
