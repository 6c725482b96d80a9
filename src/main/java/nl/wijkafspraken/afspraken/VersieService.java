package nl.wijkafspraken.afspraken;

import static nl.wijkafspraken.afspraken.AfsprakenToegang.OBJECTTYPE;

import java.util.List;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.besluit.CollegevoorstelService;
import nl.wijkafspraken.besluit.EffectSoort;
import nl.wijkafspraken.besluit.Voorstelverwijzing;
import nl.wijkafspraken.gedeeld.Actie;
import nl.wijkafspraken.gedeeld.Gebruiker;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import nl.wijkafspraken.gedeeld.Rechten;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The versions of the afspraken and their articles: read, draft a concept (a copy of the vastgestelde version),
 * edit its articles, and compare any two versions. Every change of a concept names the {@code versie} the editor
 * started from, so that two editors never overwrite each other.
 */
@Service
@Transactional(readOnly = true)
public class VersieService {

    private final AfsprakenRepository afspraken;
    private final AfsprakenToegang toegang;
    private final AuditService audit;
    private final CollegevoorstelService collegevoorstellen;

    VersieService(AfsprakenRepository afspraken, AfsprakenToegang toegang, AuditService audit,
            CollegevoorstelService collegevoorstellen) {
        this.afspraken = afspraken;
        this.toegang = toegang;
        this.audit = audit;
        this.collegevoorstellen = collegevoorstellen;
    }

    /** A version; a BESTUURSLID reads only vastgestelde (and vervangen) versions of their own afspraken. */
    public VersieWeergave versie(long afsprakenId, int nummer) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.leesbaar(gebruiker, afsprakenId);
        var versie = versie(gevonden, nummer);
        var volgen = Rechten.mag(gebruiker, Actie.AFSPRAKEN_VOLGEN);
        if (!volgen && versie.isConcept()) {
            throw new NietGevondenException("Versie", nummer);
        }
        versie.getArtikelen();
        var voorstellen = volgen ? collegevoorstellen.metEffectdoel(gebruiker.gemeenteId(),
                EffectSoort.AFSPRAKEN_VASTSTELLEN, versie.getId()) : List.<Voorstelverwijzing>of();
        return new VersieWeergave(gevonden, versie, voorstellen,
                versie.isConcept() && Rechten.mag(gebruiker, Actie.AFSPRAKEN_BEHEREN), volgen);
    }

    /** Starts a concept as a copy of the vastgestelde version; returns its number. */
    @Transactional
    public int nieuwConcept(long afsprakenId) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.voorWijziging(gebruiker, afsprakenId);
        var concept = gevonden.nieuwConcept(toegang.vandaag());
        afspraken.flush();
        audit.registreer(gebruiker.gemeenteId(), "CONCEPT_GESTART", OBJECTTYPE, afsprakenId, "Conceptversie "
                + concept.getNummer() + " van " + gevonden.getTitel() + " gestart als kopie van versie "
                + concept.getGebaseerdOp());
        return concept.getNummer();
    }

    @Transactional
    public void wijzigGegevens(long afsprakenId, int nummer, long versie, String zaaknummer, String toelichting) {
        var concept = concept(toegang.gebruiker(), afsprakenId, nummer, versie);
        concept.wijzigGegevens(leegIsNull(zaaknummer), leegIsNull(toelichting));
        registreer(concept, "Gegevens van conceptversie " + nummer + " gewijzigd"
                + (concept.getZaaknummer() == null ? "" : " (collegevoorstel " + concept.getZaaknummer() + ")"));
    }

    /** Adds an article at the end of a concept; returns its number. */
    @Transactional
    public int voegArtikelToe(long afsprakenId, int nummer, long versie, String kop, String tekst) {
        var concept = concept(toegang.gebruiker(), afsprakenId, nummer, versie);
        var artikelnummer = concept.voegArtikelToe(kop, tekst);
        registreer(concept, "Artikel " + artikelnummer + " (" + kop.strip() + ") toegevoegd aan conceptversie "
                + nummer);
        return artikelnummer;
    }

    @Transactional
    public void wijzigArtikel(long afsprakenId, int nummer, int artikelnummer, long versie, String kop, String tekst) {
        var concept = concept(toegang.gebruiker(), afsprakenId, nummer, versie);
        artikel(concept, artikelnummer);
        concept.wijzigArtikel(artikelnummer, kop, tekst);
        registreer(concept, "Artikel " + artikelnummer + " van conceptversie " + nummer + " gewijzigd");
    }

    @Transactional
    public void verwijderArtikel(long afsprakenId, int nummer, int artikelnummer, long versie) {
        var concept = concept(toegang.gebruiker(), afsprakenId, nummer, versie);
        var kop = artikel(concept, artikelnummer).kop();
        concept.verwijderArtikel(artikelnummer);
        registreer(concept, "Artikel " + artikelnummer + " (" + kop + ") verwijderd uit conceptversie " + nummer);
    }

    @Transactional
    public void verplaatsArtikel(long afsprakenId, int nummer, int artikelnummer, long versie, boolean omhoog) {
        var concept = concept(toegang.gebruiker(), afsprakenId, nummer, versie);
        artikel(concept, artikelnummer);
        concept.verplaatsArtikel(artikelnummer, omhoog);
        registreer(concept, "Artikel " + artikelnummer + " van conceptversie " + nummer + " een plaats "
                + (omhoog ? "omhoog" : "omlaag") + " gezet");
    }

    /** Two versions side by side; for medewerkers. */
    public Vergelijking vergelijk(long afsprakenId, int van, int naar) {
        var gebruiker = toegang.gebruiker();
        var gevonden = toegang.leesbaar(gebruiker, afsprakenId);
        Rechten.vereis(gebruiker, Actie.AFSPRAKEN_VOLGEN);
        var oud = versie(gevonden, van);
        var nieuw = versie(gevonden, naar);
        return new Vergelijking(gevonden, oud, nieuw,
                Tekstvergelijker.vergelijk(oud.getArtikelen(), nieuw.getArtikelen()));
    }

    private Versie concept(Gebruiker gebruiker, long afsprakenId, int nummer, long versie) {
        var gevonden = toegang.voorWijziging(gebruiker, afsprakenId);
        return AfsprakenToegang.actueel(versie(gevonden, nummer), versie);
    }

    private void registreer(Versie concept, String samenvatting) {
        afspraken.flush();
        var afsprakenVanVersie = concept.getAfspraken();
        audit.registreer(afsprakenVanVersie.getGemeenteId(), "VERSIE_GEWIJZIGD", OBJECTTYPE,
                afsprakenVanVersie.getId(), samenvatting);
    }

    private static Versie versie(Afspraken afspraken, int nummer) {
        return afspraken.versie(nummer).orElseThrow(() -> new NietGevondenException("Versie", nummer));
    }

    private static Artikel artikel(Versie versie, int artikelnummer) {
        var artikelen = versie.getArtikelen();
        if (artikelnummer < 1 || artikelnummer > artikelen.size()) {
            throw new NietGevondenException("Artikel", artikelnummer);
        }
        return artikelen.get(artikelnummer - 1);
    }

    /** An article of a version, for its edit form. */
    public Artikel artikel(long afsprakenId, int nummer, int artikelnummer) {
        return artikel(versie(afsprakenId, nummer).versie(), artikelnummer);
    }

    private static String leegIsNull(String tekst) {
        return StringUtils.hasText(tekst) ? tekst.strip() : null;
    }
}
