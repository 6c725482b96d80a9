package nl.wijkafspraken.post;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message in the outbox. Its text and attachments live only as long as they are needed: a message for SMTP loses
 * them once delivered or given up on, because they may hold one-time links and codes.
 */
@Entity
@Table(name = "uitgaand_bericht")
class UitgaandBericht {

    static final int MAX_FOUT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long gemeenteId;
    private String aan;
    private String onderwerp;
    private String tekst;
    @Enumerated(EnumType.STRING)
    private Verzendstatus status;
    private Instant aangemaakt;
    private Instant verzonden;
    private int pogingen;
    private Instant laatstePoging;
    private String fout;
    @ElementCollection
    @CollectionTable(name = "uitgaand_bericht_bijlage", joinColumns = @JoinColumn(name = "bericht_id"))
    @OrderColumn(name = "volgnummer")
    private List<OpgeslagenBijlage> bijlagen = new ArrayList<>();

    protected UitgaandBericht() {
    }

    UitgaandBericht(Bericht bericht, boolean viaSmtp, Instant nu) {
        this.gemeenteId = bericht.gemeenteId();
        this.aan = bericht.aan();
        this.onderwerp = bericht.onderwerp();
        this.tekst = bericht.tekst();
        this.status = viaSmtp ? Verzendstatus.NIEUW : Verzendstatus.GEEN_SMTP;
        this.aangemaakt = nu;
        bericht.bijlagen().forEach(b -> bijlagen.add(new OpgeslagenBijlage(b.naam(), b.mime(), b.inhoud())));
    }

    /** The SMTP server accepted the message. */
    void verzonden(Instant nu) {
        vereisOpen();
        pogingen++;
        laatstePoging = nu;
        verzonden = nu;
        fout = null;
        status = Verzendstatus.VERZONDEN;
        wisInhoud();
    }

    /** An attempt failed; after the last allowed attempt the message is given up on. */
    void mislukt(Instant nu, String melding, int maxPogingen) {
        vereisOpen();
        pogingen++;
        laatstePoging = nu;
        fout = melding.length() > MAX_FOUT ? melding.substring(0, MAX_FOUT - 1) + "…" : melding;
        status = pogingen >= maxPogingen ? Verzendstatus.OPGEGEVEN : Verzendstatus.MISLUKT;
        if (status == Verzendstatus.OPGEGEVEN) {
            wisInhoud();
        }
    }

    /** Only a message that never goes to SMTP shows its content to the BEHEERDER: the others are the recipient's. */
    boolean inhoudZichtbaar() {
        return status == Verzendstatus.GEEN_SMTP;
    }

    Bericht alsBericht() {
        return new Bericht(gemeenteId, aan, onderwerp, tekst,
                bijlagen.stream().map(b -> new Bijlage(b.naam, b.mime, b.inhoud)).toList());
    }

    BerichtRegel alsRegel() {
        return new BerichtRegel(id, aangemaakt, aan, onderwerp, status);
    }

    BerichtDetail alsDetail() {
        var zichtbaar = inhoudZichtbaar();
        var info = new ArrayList<BerichtDetail.BijlageInfo>();
        for (int i = 0; i < bijlagen.size(); i++) {
            var b = bijlagen.get(i);
            info.add(new BerichtDetail.BijlageInfo(i, b.naam, b.mime, b.grootte, zichtbaar && b.inhoud != null));
        }
        return new BerichtDetail(id, aangemaakt, aan, onderwerp, status, verzonden, pogingen, fout,
                zichtbaar ? tekst : null, info);
    }

    /** The attachment at this position, when the BEHEERDER may fetch it. */
    Optional<Bijlage> zichtbareBijlage(int volgnummer) {
        if (!inhoudZichtbaar() || volgnummer < 0 || volgnummer >= bijlagen.size()
                || bijlagen.get(volgnummer).inhoud == null) {
            return Optional.empty();
        }
        var b = bijlagen.get(volgnummer);
        return Optional.of(new Bijlage(b.naam, b.mime, b.inhoud));
    }

    private void vereisOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("Bericht " + id + " is niet meer te verzenden (" + status + ")");
        }
    }

    private void wisInhoud() {
        tekst = null;
        bijlagen.replaceAll(OpgeslagenBijlage::zonderInhoud);
    }

    Long getId() {
        return id;
    }

    Verzendstatus getStatus() {
        return status;
    }

    int getPogingen() {
        return pogingen;
    }

    /** An attachment as stored; its bytes may have been wiped, its name, type and size stay. */
    @Embeddable
    static class OpgeslagenBijlage {

        private String naam;
        private String mime;
        private int grootte;
        @Column(name = "inhoud")
        private byte[] inhoud;

        protected OpgeslagenBijlage() {
        }

        OpgeslagenBijlage(String naam, String mime, byte[] inhoud) {
            this.naam = naam;
            this.mime = mime;
            this.grootte = inhoud == null ? 0 : inhoud.length;
            this.inhoud = inhoud;
        }

        OpgeslagenBijlage zonderInhoud() {
            var kopie = new OpgeslagenBijlage(naam, mime, null);
            kopie.grootte = grootte;
            return kopie;
        }
    }
}
