package nl.wijkafspraken.register;

import static nl.wijkafspraken.support.Besluitvorming.als;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wijkafspraken.afspraken.AfsprakenService;
import nl.wijkafspraken.afspraken.Evaluatie;
import nl.wijkafspraken.afspraken.Uitkomst;
import nl.wijkafspraken.afspraken.Verlengingsverslag;
import nl.wijkafspraken.afspraken.VerlengingService;
import nl.wijkafspraken.afspraken.VersieService;
import nl.wijkafspraken.besluit.BehandelendAmbtenaar;
import nl.wijkafspraken.besluit.BesluitGegevens;
import nl.wijkafspraken.besluit.CollegevoorstelService;
import nl.wijkafspraken.besluit.Sectie;
import nl.wijkafspraken.besluit.UitkomstGegevens;
import nl.wijkafspraken.besluit.VergaderingService;
import nl.wijkafspraken.besluit.VoorstelGegevens;
import nl.wijkafspraken.convenant.ConvenantGegevens;
import nl.wijkafspraken.convenant.ConvenantService;
import nl.wijkafspraken.gedeeld.Rol;
import nl.wijkafspraken.gemeente.GemeenteRegister;
import nl.wijkafspraken.gemeente.GemeenteService;
import nl.wijkafspraken.support.Besluitvorming;
import nl.wijkafspraken.support.Testgegevens;
import nl.wijkafspraken.wijkoverleg.BestuurslidGegevens;
import nl.wijkafspraken.wijkoverleg.Functie;
import nl.wijkafspraken.wijkoverleg.Persoonsgegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegGegevens;
import nl.wijkafspraken.wijkoverleg.WijkoverlegService;
import nl.wijkafspraken.wijkoverleg.WijkoverlegStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object mother for the public register: a gemeente of its own with everything the register shows, made through the
 * real services, and seeded with personal and non-public data that must never appear in public ({@link
 * Register#geheimen()}), next to the public data that must ({@link Register#openbaar()}).
 */
@Component
public class Registergegevens {

    private static final AtomicInteger teller = new AtomicInteger();
    /** The meetings of the seeded besluiten (in the past, so that their outcome can be recorded). */
    static final LocalDate MAART = LocalDate.of(2026, 3, 2);
    static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 12);

    private final Testgegevens testgegevens;
    private final GemeenteService gemeenten;
    private final GemeenteRegister gemeenteRegister;
    private final WijkoverlegService wijkoverleggen;
    private final Besluitvorming besluitvorming;
    private final CollegevoorstelService voorstellen;
    private final VergaderingService vergaderingen;
    private final AfsprakenService afspraken;
    private final VersieService versies;
    private final VerlengingService verlengingen;
    private final ConvenantService convenanten;
    private final JdbcTemplate jdbc;

    Registergegevens(Testgegevens testgegevens, GemeenteService gemeenten, GemeenteRegister gemeenteRegister,
            WijkoverlegService wijkoverleggen, Besluitvorming besluitvorming, CollegevoorstelService voorstellen,
            VergaderingService vergaderingen, AfsprakenService afspraken, VersieService versies,
            VerlengingService verlengingen, ConvenantService convenanten, JdbcTemplate jdbc) {
        this.testgegevens = testgegevens;
        this.gemeenten = gemeenten;
        this.gemeenteRegister = gemeenteRegister;
        this.wijkoverleggen = wijkoverleggen;
        this.besluitvorming = besluitvorming;
        this.voorstellen = voorstellen;
        this.vergaderingen = vergaderingen;
        this.afspraken = afspraken;
        this.versies = versies;
        this.verlengingen = verlengingen;
        this.convenanten = convenanten;
        this.jdbc = jdbc;
    }

    /** A gemeente with an ambtenaar, a secretaris and a wethouder, and nothing else yet. */
    public Gemeente gemeente() {
        var gemeente = testgegevens.gemeente();
        var code = gemeenteRegister.gemeente(gemeente.id()).orElseThrow().code();
        return new Gemeente(gemeente.id(), code, gemeente.naam(), gemeente.wijkNoord(), gemeente.wijkZuid(),
                testgegevens.account(gemeente.id(), Rol.AMBTENAAR), testgegevens.account(gemeente.id(), Rol.SECRETARIS),
                besluitvorming.wethouder(gemeente.id(), "Wethouder Publiek " + gemeente.naam()), new HashMap<>());
    }

    /**
     * A besluit on a new voorstel, decided conform advies in the meeting on {@code datum} (planned if needed).
     *
     * @param publicatiedatum null: not published (always so when not openbaar)
     */
    public Besluit besluit(Gemeente g, boolean openbaar, LocalDate datum, LocalDate publicatiedatum, String onderwerp,
            Map<Sectie, String> secties, List<BehandelendAmbtenaar> ambtenaren, String team, String... besluitpunten) {
        var voorstel = als(g.ambtenaar(), () -> {
            var id = voorstellen.nieuw(new VoorstelGegevens(openbaar, false, "via staf / mail", datum.minusDays(14),
                    ambtenaren, team, g.wethouder(), onderwerp, secties), null);
            for (var punt : besluitpunten) {
                voorstellen.voegBesluitpuntToe(id, besluitvorming.versie(id), punt, null);
            }
            return id;
        });
        var besluitId = als(g.secretaris(), () -> {
            var vergadering = g.vergaderingen().computeIfAbsent(datum, d -> vergaderingen.plan(d));
            vergaderingen.agendeer(vergadering, voorstel, null);
            var punt = jdbc.queryForObject("select id from agendapunt where collegevoorstel_id = ?", Long.class,
                    voorstel);
            return vergaderingen.legUitkomstVast(vergadering, punt, new UitkomstGegevens(
                    nl.wijkafspraken.besluit.Uitkomst.CONFORM_ADVIES, Map.of(),
                    new BesluitGegevens(datum, publicatiedatum, null, null)));
        });
        var rij = jdbc.queryForMap("select b.identificatie, c.zaaknummer from besluit b join collegevoorstel c "
                + "on c.id = b.collegevoorstel_id where b.id = ?", besluitId);
        var punten = jdbc.queryForList("select id from besluitpunt where collegevoorstel_id = ? order by volgorde",
                Long.class, voorstel);
        return new Besluit(besluitId, (String) rij.get("identificatie"), (String) rij.get("zaaknummer"), punten);
    }

    /** A published besluit with one besluitpunt and one section of text. */
    public Besluit gepubliceerd(Gemeente g, LocalDate datum, String onderwerp, String tekst) {
        return besluit(g, true, datum, datum.plusDays(2), onderwerp, Map.of(Sectie.SAMENVATTING, tekst),
                List.of(new BehandelendAmbtenaar("A. Ambtenaar", null, null)), "Team Test", "het voorstel over " + onderwerp
                        + " over te nemen.");
    }

    /**
     * The full register of a gemeente: wijkoverleggen with boards, afspraken with two vastgestelde versions (the
     * second adopted by a besluit that is not public), a concept, signatures and a renewal, withdrawn convenanten,
     * and besluiten that are published, not public, and not yet published.
     */
    public Register register() {
        int n = teller.incrementAndGet();
        var g = gemeente();
        var geheimen = new ArrayList<String>();
        var openbaar = new ArrayList<String>();
        var oost = gemeenten.registreerWijk(g.id(), "Oost " + n).id();

        var noord = wijkoverleggen.registreer(g.id(), new WijkoverlegGegevens("Wijkoverleg Noord " + n,
                Set.of(g.wijkNoord()), WijkoverlegStatus.ACTIEF, LocalDate.of(2010, 4, 1), null, null,
                "contact-noord-" + n + "@wijkoverleg.example", "Notitiegeheim" + n, 1), List.of(
                lid("Bram Geheimnaam" + n, "bram.prive" + n + "@bestuur.example", "06-7100" + n, Functie.VOORZITTER),
                lid("Sara Verborgen" + n, "sara.prive" + n + "@bestuur.example", "06-7200" + n, Functie.SECRETARIS)));
        var zuid = wijkoverleggen.registreer(g.id(), new WijkoverlegGegevens("Wijkoverleg Zuid " + n,
                Set.of(g.wijkZuid()), WijkoverlegStatus.ACTIEF, LocalDate.of(2012, 9, 1), null, null,
                "contact-zuid-" + n + "@wijkoverleg.example", null, 1), List.of(
                lid("Kees Onbekend" + n, "kees.prive" + n + "@bestuur.example", "020-7300" + n, Functie.VOORZITTER)));
        wijkoverleggen.registreer(g.id(), new WijkoverlegGegevens("Buurtoverleg Oost " + n, Set.of(oost),
                WijkoverlegStatus.OPGEHEVEN, LocalDate.of(2005, 1, 1), LocalDate.of(2020, 12, 31),
                "Opheffingsgeheim" + n, "oost-oud-" + n + "@wijkoverleg.example", null, 1), List.of());
        geheimen.addAll(List.of("Bram Geheimnaam" + n, "bram.prive" + n + "@bestuur.example", "06-7100" + n,
                "Sara Verborgen" + n, "sara.prive" + n + "@bestuur.example", "06-7200" + n, "Kees Onbekend" + n,
                "kees.prive" + n + "@bestuur.example", "020-7300" + n, "Notitiegeheim" + n, "Opheffingsgeheim" + n,
                "oost-oud-" + n + "@wijkoverleg.example"));
        openbaar.addAll(List.of("Wijkoverleg Noord " + n, "contact-noord-" + n + "@wijkoverleg.example",
                "Wijkoverleg Zuid " + n, "Buurtoverleg Oost " + n));

        // Two behandelend ambtenaren (issue #15): neither's name, phone or e-mail may appear anywhere in public.
        var ambtenaarVanVoorstel = List.of(new BehandelendAmbtenaar("Ambtenaar Geheimnaam" + n, "020 555 9" + n,
                "ambt.geheim" + n + "@gemeente.example"), new BehandelendAmbtenaar("Tweede Verborgenaam" + n,
                "06 4811 9" + n, "tweede.geheim" + n + "@gemeente.example"));
        var teamVanVoorstel = "Team Wijkzaken " + n;
        geheimen.addAll(List.of("Ambtenaar Geheimnaam" + n, "020 555 9" + n, "ambt.geheim" + n + "@gemeente.example",
                "Tweede Verborgenaam" + n, "06 4811 9" + n, "tweede.geheim" + n + "@gemeente.example"));
        var vaststelling = besluit(g, true, MAART, MAART.plusDays(2), "Samenwerkingsafspraken Testgemeente " + n,
                Map.of(Sectie.SAMENVATTING, "De gemeente en de wijkoverleggen leggen hun samenwerking vast. "
                        + "<script>alert('x')</script> blijft tekst.", Sectie.EVALUATIE,
                        "Elk jaar op het gezamenlijk wijkoverleg geëvalueerd."),
                ambtenaarVanVoorstel, teamVanVoorstel, "de samenwerkingsafspraken vast te stellen;",
                "de convenanten wijkbeheer uit 2007 in te trekken.");
        openbaar.addAll(List.of(vaststelling.identificatie(), "Samenwerkingsafspraken Testgemeente " + n,
                "Team Wijkzaken " + n));

        var geheim = besluit(g, false, NOVEMBER, null, "Vertrouwelijk onderwerp Staatsgeheim" + n,
                Map.of(Sectie.SAMENVATTING, "Binnenskamers Geheimtekst" + n), ambtenaarVanVoorstel, teamVanVoorstel,
                "versie 2 van de afspraken vast te stellen (Geheimpunt" + n + ").");
        geheimen.addAll(List.of(geheim.identificatie(), geheim.zaaknummer(), "Staatsgeheim" + n, "Geheimtekst" + n,
                "Geheimpunt" + n));
        var later = besluit(g, true, NOVEMBER, LocalDate.now().plusDays(30), "Nog niet gepubliceerd Embargo" + n,
                Map.of(Sectie.SAMENVATTING, "Embargotekst" + n), ambtenaarVanVoorstel, teamVanVoorstel, "iets te besluiten.");
        geheimen.addAll(List.of(later.identificatie(), later.zaaknummer(), "Embargo" + n, "Embargotekst" + n));

        var afsprakenId = als(g.ambtenaar(), () -> {
            var id = afspraken.maakAan("Afspraken Wijkoverleggen Testgemeente " + n);
            versies.voegArtikelToe(id, 1, slot(id, 1), "Rollen", "Het wijkoverleg vertegenwoordigt de wijk.\n\n"
                    + "De gemeente **faciliteert** het wijkoverleg.");
            versies.voegArtikelToe(id, 1, slot(id, 1), "Overleg", "Partijen overleggen vier keer per jaar.");
            afspraken.laatToetreden(id, noord, MAART);
            afspraken.laatToetreden(id, zuid, MAART);
            return id;
        });
        var versie1 = versieId(afsprakenId, 1);
        afspraken.stelVast(g.id(), versie1, vaststelling.id(), vaststelling.punten().get(0), MAART,
                vaststelling.identificatie());
        afspraken.registreerOndertekening(g.id(), versie1, noord, LocalDate.of(2026, 3, 20), "kenmerk-geheim" + n);
        geheimen.add("kenmerk-geheim" + n);
        openbaar.addAll(List.of("Afspraken Wijkoverleggen Testgemeente " + n, "ondertekend op 20 maart 2026 (versie 1)"));

        als(g.ambtenaar(), () -> verlengingen.legVast(afsprakenId, new Verlengingsverslag(LocalDate.of(2026, 11, 10),
                Uitkomst.VERLENGD_MET_WIJZIGINGEN, new Evaluatie(null, "Gemeentelijk evaluatiegeheim" + n, null),
                List.of(new Evaluatie(noord, "Evaluatiegeheim" + n + " werkt goed", "Anders: Wensgeheim" + n)))));
        geheimen.addAll(List.of("evaluatiegeheim" + n, "Evaluatiegeheim" + n, "Wensgeheim" + n));
        als(g.ambtenaar(), () -> {
            versies.wijzigArtikel(afsprakenId, 2, 2, slot(afsprakenId, 2), "Overleg",
                    "Partijen overleggen zes keer per jaar.");
            versies.voegArtikelToe(afsprakenId, 2, slot(afsprakenId, 2), "Digitaal", "Er komt een digitaal kanaal.");
            return null;
        });
        var versie2 = versieId(afsprakenId, 2);
        afspraken.stelVast(g.id(), versie2, geheim.id(), geheim.punten().get(0), NOVEMBER.plusDays(1),
                geheim.identificatie());
        afspraken.registreerOndertekening(g.id(), versie2, noord, LocalDate.of(2026, 11, 20), "kenmerk-geheim" + n);
        openbaar.add("ondertekend op 20 november 2026 (versie 2)");
        als(g.ambtenaar(), () -> {
            versies.nieuwConcept(afsprakenId);
            versies.voegArtikelToe(afsprakenId, 3, slot(afsprakenId, 3), "Conceptartikel Conceptgeheim" + n,
                    "Nog niet vastgesteld: Concepttekst" + n);
            return null;
        });
        geheimen.addAll(List.of("Conceptgeheim" + n, "Concepttekst" + n));

        var convenantIds = als(g.ambtenaar(), () -> List.of(
                convenanten.registreer(new ConvenantGegevens("Convenant wijkbeheer Noord " + n, "Wijkraad Noord " + n,
                        noord, LocalDate.of(2007, 3, 15)), null),
                convenanten.registreer(new ConvenantGegevens("Convenant wijkbeheer Oost " + n, "Buurtcomité Oost " + n,
                        null, LocalDate.of(2007, 6, 11)), null)));
        als(g.ambtenaar(), () -> convenanten.registreer(new ConvenantGegevens("Convenant wijkbeheer Zuid " + n,
                "Dorpsraad Zuid " + n, zuid, LocalDate.of(2007, 9, 27)), null));
        convenanten.trekIn(g.id(), convenantIds, vaststelling.id(), vaststelling.punten().get(1), MAART, afsprakenId,
                vaststelling.identificatie());
        openbaar.addAll(List.of("Convenant wijkbeheer Noord " + n, "Wijkraad Noord " + n, "Convenant wijkbeheer Zuid "
                + n));

        var ip = "198.51.100." + (n % 250 + 1);
        jdbc.update("insert into audit_regel (tijdstip, gebruikersnaam, gemeente_id, actie, objecttype, object_id, "
                + "samenvatting, ip_adres) values (?, ?, ?, 'TEST', 'Test', '1', ?, ?)",
                java.sql.Timestamp.from(Instant.now()), "auditgebruiker" + n, g.id(), "Auditgeheim" + n, ip);
        geheimen.addAll(List.of(ip, "auditgebruiker" + n, "Auditgeheim" + n, g.ambtenaar(), g.secretaris(),
                g.ambtenaar() + "@test.example", g.secretaris() + "@test.example"));

        return new Register(g, noord, zuid, afsprakenId, vaststelling, geheim, later, List.copyOf(geheimen),
                List.copyOf(openbaar));
    }

    private long slot(long afsprakenId, int nummer) {
        return versies.versie(afsprakenId, nummer).versie().getVersie();
    }

    private long versieId(long afsprakenId, int nummer) {
        return jdbc.queryForObject("select id from afspraken_versie where afspraken_id = ? and nummer = ?", Long.class,
                afsprakenId, nummer);
    }

    private static BestuurslidGegevens lid(String naam, String email, String telefoon, Functie functie) {
        return new BestuurslidGegevens(new Persoonsgegevens(naam, email, telefoon), functie, LocalDate.of(2020, 1, 1),
                true);
    }

    /** A test gemeente with its code and the people who work in it; meetings by date, planned as needed. */
    public record Gemeente(long id, String code, String naam, long wijkNoord, long wijkZuid, String ambtenaar,
            String secretaris, long wethouder, Map<LocalDate, Long> vergaderingen) {
    }

    /** A decided besluit: id, identificatie, zaaknummer of its voorstel, and its besluitpunten' ids in order. */
    public record Besluit(long id, String identificatie, String zaaknummer, List<Long> punten) {
    }

    /**
     * The seeded register. {@code geheimen}: strings that must never appear in any public page, API answer or PDF;
     * {@code openbaar}: strings that must appear somewhere.
     */
    public record Register(Gemeente gemeente, long noord, long zuid, long afsprakenId, Besluit vaststelling,
            Besluit geheim, Besluit later, List<String> geheimen, List<String> openbaar) {

        public String code() {
            return gemeente.code();
        }
    }
}
