package nl.wijkafspraken.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import nl.wijkafspraken.audit.AuditRegel;
import nl.wijkafspraken.gedeeld.Actie;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class AuditweergaveTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final StaticMessageSource berichten = new StaticMessageSource();
    private final Auditweergave weergave;

    AuditweergaveTest() {
        var nl = Locale.forLanguageTag("nl-NL");
        Map.of("audit.actie.EFFECT_UITGEVOERD", "Gevolg van besluit uitgevoerd",
                "audit.objecttype.bwvergadering", "B&W-vergadering", "audit.objecttype.wijkoverleg", "Wijkoverleg",
                "audit.waarde.CONFORM_ADVIES", "conform advies", "audit.waarde.WETHOUDER", "wethouder",
                "audit.waarde.BURGEMEESTER", "burgemeester", "audit.veld.email", "E-mailadres",
                "audit.waarde.CONCEPT", "concept")
                .forEach((code, tekst) -> berichten.addMessage(code, nl, tekst));
        weergave = new Auditweergave(berichten, AMSTERDAM, actie -> actie == Actie.WIJKOVERLEGGEN_LEZEN);
    }

    @Test
    void codesDatumsEnTijdenInNederlandseWoorden() throws Exception {
        var rij = weergave.rij(regel("2026-12-03T13:05:00Z", "EFFECT_UITGEVOERD", "BwVergadering", "2",
                "Nr. 1 (Z-2026-7) van 2026-12-03: CONFORM_ADVIES, verzegeld 2026-12-03T22:30:00Z"));

        assertThat(rij.tijd()).isEqualTo("3 december 2026 14:05");
        assertThat(rij.actieNaam()).isEqualTo("Gevolg van besluit uitgevoerd");
        assertThat(rij.object()).isEqualTo("B&W-vergadering 2");
        assertThat(rij.omschrijving())
                .isEqualTo("Nr. 1 (Z-2026-7) van 3 december 2026: conform advies, verzegeld 3 december 2026 23:30");
        assertThat(rij.wijzigingen()).isEmpty();
    }

    @Test
    void onbekendeCodeEnHoofdletterwoordBlijvenStaan() throws Exception {
        var rij = weergave.rij(regel("2026-06-01T10:00:00Z", "NIEUWE_ACTIE", "Onbekend", null,
                "SHA-256 van PDF, stand ONBEKEND_DING"));

        assertThat(rij.actieNaam()).isEqualTo("NIEUWE_ACTIE");
        assertThat(rij.object()).isEqualTo("Onbekend");
        assertThat(rij.omschrijving()).isEqualTo("SHA-256 van PDF, stand ONBEKEND_DING");
        assertThat(rij.tijd()).isEqualTo("1 juni 2026 12:00");
    }

    @Test
    void oudeEnNieuweWaardenWordenApartGezet() throws Exception {
        var rij = weergave.rij(regel("2026-12-03T13:05:00Z", "GEWIJZIGD", "Collegelid", "4",
                "Collegelid Piet: gewijzigd door beheerder: rol: WETHOUDER → BURGEMEESTER; email: \"a@b.example\" → —; "
                        + "periodeTot: — → 2030-01-01; portefeuilles: [Wonen; Zorg] → [Wonen]; notitie: \"\" → \"CONCEPT\""));

        assertThat(rij.omschrijving()).isEqualTo("Collegelid Piet: gewijzigd door beheerder");
        assertThat(rij.wijzigingen()).containsExactly(new Veldwijziging("Rol", "wethouder", "burgemeester"),
                new Veldwijziging("E-mailadres", "a@b.example", "—"),
                new Veldwijziging("Periode tot", "—", "1 januari 2030"),
                new Veldwijziging("Portefeuilles", "[Wonen; Zorg]", "[Wonen]"),
                // Text a person typed keeps its capitals; only codes outside quotes are words.
                new Veldwijziging("Notitie", "\"\"", "CONCEPT"));
    }

    @Test
    void pijlZonderVeldenIsGewoneTekst() throws Exception {
        var rij = weergave.rij(regel("2026-12-03T13:05:00Z", "GEWIJZIGD", "Wijkoverleg", "3",
                "Naam: Noord → Zuid is geen wijziging van Wijziging"));

        assertThat(rij.wijzigingen()).isEmpty();
        assertThat(rij.omschrijving()).isEqualTo("Naam: Noord → Zuid is geen wijziging van Wijziging");
    }

    @Test
    void linkAlleenNaarEenPaginaDieDeLezerMagOpenen() throws Exception {
        assertThat(weergave.rij(regel("2026-12-03T13:05:00Z", "GEWIJZIGD", "Wijkoverleg", "3", "x")).link())
                .isEqualTo("/wijkoverleggen/3");
        // The reader lacks BESLUITVORMING_LEZEN here.
        assertThat(weergave.rij(regel("2026-12-03T13:05:00Z", "GEWIJZIGD", "BwVergadering", "3", "x")).link())
                .isNull();
        // No page of its own, no id, or an id that is not a number.
        assertThat(weergave.rij(regel("2026-12-03T13:05:00Z", "GEWIJZIGD", "Gemeente", "3", "x")).link()).isNull();
        assertThat(weergave.rij(regel("2026-12-03T13:05:00Z", "GEWIJZIGD", "Wijkoverleg", null, "x")).link()).isNull();
        assertThat(weergave.rij(regel("2026-12-03T13:05:00Z", "GEWIJZIGD", "Wijkoverleg", "3/../../x", "x")).link())
                .isNull();
    }

    private static AuditRegel regel(String tijdstip, String actie, String objecttype, String objectId,
            String samenvatting) throws Exception {
        Constructor<AuditRegel> maker = AuditRegel.class.getDeclaredConstructor(Instant.class, String.class,
                Long.class, String.class, String.class, String.class, String.class, String.class);
        maker.setAccessible(true);
        return maker.newInstance(Instant.parse(tijdstip), "beheerder", 1L, actie, objecttype, objectId, samenvatting,
                "198.51.100.1");
    }
}
