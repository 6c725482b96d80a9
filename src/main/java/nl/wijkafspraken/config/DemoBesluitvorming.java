package nl.wijkafspraken.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wijkafspraken.besluit.BehandelendAmbtenaar;
import nl.wijkafspraken.besluit.BesluitGegevens;
import nl.wijkafspraken.besluit.BijlageService;
import nl.wijkafspraken.besluit.CollegevoorstelService;
import nl.wijkafspraken.besluit.Effect;
import nl.wijkafspraken.besluit.Sectie;
import nl.wijkafspraken.besluit.Uitkomst;
import nl.wijkafspraken.besluit.UitkomstGegevens;
import nl.wijkafspraken.besluit.VergaderingService;
import nl.wijkafspraken.besluit.VoorstelGegevens;
import nl.wijkafspraken.bestuur.CollegeRol;
import nl.wijkafspraken.bestuur.CollegeService;
import nl.wijkafspraken.bestuur.CollegelidGegevens;
import nl.wijkafspraken.bestuur.KoppelingService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo besluitvorming for Aalsmeer, entered the way people would: the secretaris records the college, the
 * ambtenaar writes the voorstel "Samenwerkingsafspraken Wijkoverleggen Aalsmeer" (paraphrased from the real
 * decision, with fictional people), and the secretaris decides it conform advies in the meeting of 4 May 2026 as
 * agenda nr. 10. That decision grants the mandate through the same event flow as in real use. Runs each step as the
 * demo user, so the services check roles and the audit trail names who did what.
 */
@Component
class DemoBesluitvorming {

    static final String SCOPE = "ondertekening Samenwerkingsafspraken Wijkoverleggen";
    static final String ZAAKNUMMER = "Z26-004127";
    static final LocalDate BESLUITDATUM = LocalDate.of(2026, 5, 4);

    private final CollegeService college;
    private final KoppelingService koppelingen;
    private final CollegevoorstelService voorstellen;
    private final BijlageService bijlagen;
    private final VergaderingService vergaderingen;

    DemoBesluitvorming(CollegeService college, KoppelingService koppelingen, CollegevoorstelService voorstellen,
            BijlageService bijlagen, VergaderingService vergaderingen) {
        this.college = college;
        this.koppelingen = koppelingen;
        this.voorstellen = voorstellen;
        this.bijlagen = bijlagen;
        this.vergaderingen = vergaderingen;
    }

    /**
     * Loads the college and the demo voorstellen, and decides the Aalsmeer voorstel, which adopts this concept
     * version of the afspraken and withdraws these convenanten; returns the voorstel's id.
     */
    long vulAan(long versieId, List<Long> convenantIds) {
        var periode = LocalDate.of(2022, 6, 9);
        var wethouderParticipatie = als("secretaris", () -> {
            college.registreer(lid("Gerdien Haverkamp", CollegeRol.BURGEMEESTER, periode,
                    "openbare orde en veiligheid", "communicatie"));
            var wethouder = college.registreer(lid("Willemijn de Wit", CollegeRol.WETHOUDER, periode,
                    "participatie", "wijkzaken", "sport"));
            college.registreer(lid("Jasper Kooiman", CollegeRol.WETHOUDER, periode, "financiën", "economie"));
            college.registreer(lid("Ilse Brandsma", CollegeRol.WETHOUDER, periode, "wonen",
                    "ruimtelijke ordening"));
            college.registreer(lid("Maarten Schuurman", CollegeRol.GEMEENTESECRETARIS, periode));
            return wethouder;
        });
        // The wethouder signs while logged in: the beheerder proposes the link to her account, the secretaris
        // confirms it (four eyes, as in real use), so the demo starts with a confirmed link.
        var voorstel = als("beheerder", () -> koppelingen.stelVoor(wethouderParticipatie,
                koppelingen.pagina(wethouderParticipatie).keuzes().stream()
                        .filter(a -> a.gebruikersnaam().equals("wethouder")).findFirst().orElseThrow().id()));
        als("secretaris", () -> koppelingen.bevestig(voorstel));

        var voorstelId = als("ambtenaar", () -> {
            var id = voorstellen.nieuw(new VoorstelGegevens(true, false, "via staf / mail", LocalDate.of(2026, 4, 20),
                    List.of(new BehandelendAmbtenaar("R. Jonkman", "020 555 0142", "r.jonkman@aalsmeer-demo.example"),
                            new BehandelendAmbtenaar("S. Bakker", "020 555 0143", "s.bakker@aalsmeer-demo.example")),
                    "Team Participatie en Wijkzaken",
                    wethouderParticipatie, "Samenwerkingsafspraken Wijkoverleggen Aalsmeer", secties()), ZAAKNUMMER);
            voorstellen.voegBesluitpuntToe(id, versie(id), "de Samenwerkingsafspraken Wijkoverleggen Aalsmeer vast "
                    + "te stellen;", Effect.afsprakenVaststellen(versieId, null));
            voorstellen.voegBesluitpuntToe(id, versie(id), "de convenanten wijkbeheer met de wijkoverleggen uit 2007 in "
                    + "te trekken;", Effect.convenantenIntrekken(convenantIds, null));
            voorstellen.voegBesluitpuntToe(id, versie(id), "de wethouder participatie mandaat te verlenen om namens de "
                    + "gemeente de samenwerkingsafspraken samen met de wijkoverleggen te ondertekenen.",
                    Effect.mandaatVerlenen(wethouderParticipatie, SCOPE, null, null));
            bijlagen.voegToe(id, versie(id), "Samenwerkingsafspraken Wijkoverleggen Aalsmeer", "samenwerkingsafspraken.pdf",
                    pdf("Samenwerkingsafspraken Wijkoverleggen Aalsmeer (demo)"));

            var concept = voorstellen.nieuw(new VoorstelGegevens(true, true, "mondeling", null,
                    List.of(new BehandelendAmbtenaar("R. Jonkman", null, null)), "Team Participatie en Wijkzaken",
                    wethouderParticipatie, "Subsidieregeling bewonersinitiatieven 2027", Map.of(Sectie.SAMENVATTING,
                            "Voorstel om de subsidieregeling voor bewonersinitiatieven te vereenvoudigen.\n\n"
                                    + "- één aanvraagformulier\n- besluit binnen vier weken")), null);
            voorstellen.voegBesluitpuntToe(concept, versie(concept), "de Subsidieregeling bewonersinitiatieven 2027 "
                    + "vast te stellen.", null);
            return id;
        });

        als("secretaris", () -> {
            var vergadering = vergaderingen.plan(BESLUITDATUM);
            vergaderingen.agendeer(vergadering, voorstelId, 10);
            var agendapunt = vergaderingen.overzicht(vergadering).agendapuntId(10);
            vergaderingen.legUitkomstVast(vergadering, agendapunt, new UitkomstGegevens(Uitkomst.CONFORM_ADVIES,
                    Map.of(), new BesluitGegevens(BESLUITDATUM, LocalDate.of(2026, 5, 12), null, null)));
            vergaderingen.sluit(vergadering);
            vergaderingen.plan(LocalDate.of(2026, 12, 8));
            return null;
        });
        return voorstelId;
    }

    private long versie(long voorstelId) {
        return voorstellen.overzicht(voorstelId).voorstel().getVersie();
    }

    private static CollegelidGegevens lid(String naam, CollegeRol rol, LocalDate van, String... portefeuilles) {
        return new CollegelidGegevens(naam, rol, List.of(portefeuilles), van, null);
    }

    /** Runs a step as a demo user (the active gemeente is their first: Aalsmeer). */
    private static <T> T als(String gebruikersnaam, Supplier<T> stap) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruikersnaam, null,
                List.of(new SimpleGrantedAuthority("ROLE_GEBRUIKER"))));
        SecurityContextHolder.setContext(context);
        try {
            return stap.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Paraphrased from the Aalsmeer collegevoorstel; fictional where it names people. */
    private static Map<Sectie, String> secties() {
        return Map.ofEntries(
                Map.entry(Sectie.SAMENVATTING, """
                        Aalsmeer werkt al jaren samen met de wijkoverleggen in de gemeente. De participatievisie (2024) \
                        vraagt om die samenwerking te versterken en om heldere, gezamenlijke afspraken. Samen met de \
                        wijkoverleggen zijn daarom de Samenwerkingsafspraken Wijkoverleggen Aalsmeer geschreven.

                        De afspraken maken rollen, verwachtingen en werkwijze duidelijk. De wijkoverleggen blijven \
                        zelfstandig: ze zijn er "van en voor bewoners".

                        De afspraken kosten niets extra; de wijkoverleggen blijven onder de bestaande \
                        subsidieregelingen vallen. De convenanten wijkbeheer uit 2007 maken plaats voor dit ene, \
                        actuele kader."""),
                Map.entry(Sectie.DOEL, """
                        Onduidelijkheid wegnemen over rollen, werkwijze en samenwerking tussen de gemeente en de \
                        wijkoverleggen, met een duidelijke en meer formele basis voor die samenwerking."""),
                Map.entry(Sectie.PRESTATIE, """
                        De *Samenwerkingsafspraken Wijkoverleggen Aalsmeer* vaststellen en samen met de \
                        wijkoverleggen ondertekenen."""),
                Map.entry(Sectie.VOORGESCHIEDENIS, """
                        In verschillende bijeenkomsten met de wijkoverleggen, waaronder het gezamenlijk wijkoverleg \
                        van november 2024, is aan de conceptafspraken gewerkt.

                        In 2007 sloot de gemeente afzonderlijke convenanten wijkbeheer met wijkraden en \
                        buurtverenigingen. Die zijn inhoudelijk verouderd en passen niet meer bij de huidige \
                        participatievisie."""),
                Map.entry(Sectie.OVERWEGINGEN, """
                        - De afspraken sluiten aan bij de participatievisie en laten de wijkoverleggen zelfstandig.
                        - De wijkoverleggen hebben met de tekst ingestemd.
                        - De afspraken bevatten geen verplichtingen die onuitvoerbaar zijn of juridisch afgedwongen \
                        moeten worden.
                        - Om twijfel over de geldende afspraken te voorkomen, worden de convenanten uit 2007 \
                        uitdrukkelijk ingetrokken."""),
                Map.entry(Sectie.ALTERNATIEVEN, "Geen."),
                Map.entry(Sectie.PARTICIPATIE, "De afspraken zijn samen met de wijkoverleggen opgesteld."),
                Map.entry(Sectie.KANTTEKENINGEN, """
                        Afspraken die de gemeente eenzijdig vaststelt, kunnen onuitvoerbaar blijken. Daarom zijn ze \
                        in overleg met de wijkoverleggen tot stand gekomen."""),
                Map.entry(Sectie.FINANCIEN, """
                        De afspraken zelf hebben geen nieuwe financiële gevolgen.

                        | Onderdeel | 2026 | 2027 |
                        |---|---:|---:|
                        | Extra kosten afspraken | € 0 | € 0 |
                        | Subsidie wijkoverleggen (bestaande begroting) | € 18.000 | € 18.000 |"""),
                Map.entry(Sectie.VERVOLGSTAPPEN, """
                        Na vaststelling ondertekent de wethouder participatie de afspraken samen met de \
                        wijkoverleggen. Ze worden gedeeld met de wijkoverleggen en de betrokken teams.

                        De afspraken zijn ook de basisvoorwaarden voor nieuwe wijkoverleggen, bijvoorbeeld in \
                        Stommeer en De Dorper, waar nu geen actief wijkoverleg is."""),
                Map.entry(Sectie.EVALUATIE, """
                        De afspraken gelden vijf jaar en worden elk jaar op het gezamenlijk wijkoverleg verlengd. Dat \
                        moment is ook een lichte evaluatie: wat werkt goed, wat moet anders? Wijzigingen die een \
                        besluit vragen, gaan dat jaar naar het college."""),
                Map.entry(Sectie.DUURZAAMHEID, "De afspraken hebben geen gevolgen voor duurzaamheid."));
    }

    /** A small, valid one-page PDF, so the demo bijlage can be downloaded. */
    static byte[] pdf(String regel) {
        var tekst = regel.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        var inhoud = "BT /F1 14 Tf 72 760 Td (" + tekst + ") Tj ET";
        var objecten = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + inhoud.length() + " >>\nstream\n" + inhoud + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var uit = new ByteArrayOutputStream();
        var posities = new ArrayList<Integer>();
        schrijf(uit, "%PDF-1.4\n");
        for (int i = 0; i < objecten.size(); i++) {
            posities.add(uit.size());
            schrijf(uit, (i + 1) + " 0 obj\n" + objecten.get(i) + "\nendobj\n");
        }
        int xref = uit.size();
        var tabel = new StringBuilder("xref\n0 " + (objecten.size() + 1) + "\n0000000000 65535 f \n");
        posities.forEach(p -> tabel.append(String.format("%010d 00000 n \n", p)));
        schrijf(uit, tabel + "trailer\n<< /Size " + (objecten.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return uit.toByteArray();
    }

    private static void schrijf(ByteArrayOutputStream uit, String tekst) {
        uit.writeBytes(tekst.getBytes(StandardCharsets.ISO_8859_1));
    }
}
