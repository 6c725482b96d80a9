package nl.wijkafspraken.besluit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.DomeinregelException;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The bijlagen of a collegevoorstel. An uploaded file must be a PDF, judged by its content (it starts with
 * {@code %PDF-}), not by its name or the browser's content type, and no larger than the configured limit. It is
 * stored in the database; the name the user's computer gave it is only kept, cleaned, as the download name.
 */
@Service
@Transactional(readOnly = true)
public class BijlageService {

    private static final byte[] PDF_KOP = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final CollegevoorstelRepository voorstellen;
    private final BijlageInhoudRepository inhoud;
    private final Rechten rechten;
    private final AuditService audit;
    private final Clock clock;
    private final DataSize maxGrootte;

    BijlageService(CollegevoorstelRepository voorstellen, BijlageInhoudRepository inhoud, Rechten rechten,
            AuditService audit, Clock clock,
            @Value("${wijkafspraken.bijlage.max-grootte:8MB}") DataSize maxGrootte) {
        this.voorstellen = voorstellen;
        this.inhoud = inhoud;
        this.rechten = rechten;
        this.audit = audit;
        this.clock = clock;
        this.maxGrootte = maxGrootte;
    }

    /** The largest PDF accepted, so that a form can refuse a larger one before reading it. */
    public DataSize maxGrootte() {
        return maxGrootte;
    }

    /** Adds a bijlage: a title, with or without a PDF (null or empty bytes: none). */
    @Transactional
    public long voegToe(long voorstelId, long versie, String titel, String bestandsnaam, byte[] pdf) {
        var gebruiker = rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        var voorstel = voorstellen.findByIdAndGemeenteId(voorstelId, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(CollegevoorstelService.OBJECTTYPE, voorstelId));
        if (voorstel.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Collegevoorstel.class, voorstelId);
        }
        if (titel != null && titel.trim().length() > Bijlage.MAX_TITEL) {
            throw DomeinregelException.voorVeld("titel", "bijlage.titel.teLang", Bijlage.MAX_TITEL);
        }
        var metBestand = pdf != null && pdf.length > 0;
        if (metBestand) {
            controleer(pdf);
        }
        var bijlage = voorstel.voegBijlageToe(titel, metBestand ? veiligeNaam(bestandsnaam) : null,
                metBestand ? pdf.length : null, clock.instant());
        voorstellen.flush();
        if (metBestand) {
            inhoud.save(new BijlageInhoud(bijlage.getId(), pdf));
        }
        audit.registreer(gebruiker.gemeenteId(), "BIJLAGE_TOEGEVOEGD", CollegevoorstelService.OBJECTTYPE, voorstelId,
                "Bijlage '" + bijlage.getTitel() + "' bij " + voorstel.getZaaknummer()
                        + (metBestand ? " met PDF van " + pdf.length + " bytes" : " zonder bestand"));
        return bijlage.getId();
    }

    @Transactional
    public void verwijder(long voorstelId, long versie, long bijlageId) {
        var gebruiker = rechten.vereis(Actie.COLLEGEVOORSTELLEN_SCHRIJVEN);
        var voorstel = voorstellen.findByIdAndGemeenteId(voorstelId, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(CollegevoorstelService.OBJECTTYPE, voorstelId));
        if (voorstel.getVersie() != versie) {
            throw new ObjectOptimisticLockingFailureException(Collegevoorstel.class, voorstelId);
        }
        var titel = voorstel.bijlage(bijlageId).getTitel();
        voorstel.verwijderBijlage(bijlageId, clock.instant());
        // The PDF goes with it: bijlage_inhoud references the bijlage with "on delete cascade".
        voorstellen.flush();
        audit.registreer(gebruiker.gemeenteId(), "BIJLAGE_VERWIJDERD", CollegevoorstelService.OBJECTTYPE, voorstelId,
                "Bijlage '" + titel + "' van " + voorstel.getZaaknummer() + " verwijderd");
    }

    /** The PDF of a bijlage of a voorstel in the active gemeente, for every medewerker. */
    public Bijlagebestand bestand(long voorstelId, long bijlageId) {
        var gebruiker = rechten.vereis(Actie.BESLUITVORMING_LEZEN);
        var voorstel = voorstellen.findByIdAndGemeenteId(voorstelId, gebruiker.gemeenteId())
                .orElseThrow(() -> new NietGevondenException(CollegevoorstelService.OBJECTTYPE, voorstelId));
        var bijlage = voorstel.bijlage(bijlageId);
        if (!bijlage.heeftBestand()) {
            throw new NietGevondenException("Bijlagebestand", bijlageId);
        }
        var bytes = inhoud.findById(bijlageId).orElseThrow(() -> new NietGevondenException("Bijlagebestand",
                bijlageId)).getInhoud();
        return new Bijlagebestand(bijlage.getBestandsnaam(), bytes);
    }

    private void controleer(byte[] pdf) {
        if (pdf.length > maxGrootte.toBytes()) {
            throw DomeinregelException.voorVeld("bestand", "bijlage.bestand.teGroot", maxGrootte.toMegabytes());
        }
        if (pdf.length < PDF_KOP.length || !Arrays.equals(pdf, 0, PDF_KOP.length, PDF_KOP, 0, PDF_KOP.length)) {
            throw DomeinregelException.voorVeld("bestand", "bijlage.bestand.geenPdf");
        }
    }

    /** The last part of the name, letters, digits and a few marks only, ending in .pdf. */
    static String veiligeNaam(String origineel) {
        var naam = origineel == null ? "" : origineel.replace('\\', '/');
        naam = naam.substring(naam.lastIndexOf('/') + 1).replaceAll("(?i)\\.pdf$", "");
        naam = naam.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("^[. ]+", "").strip();
        if (naam.isEmpty()) {
            naam = "bijlage";
        }
        if (naam.length() > 100) {
            naam = naam.substring(0, 100);
        }
        return naam + ".pdf";
    }
}
