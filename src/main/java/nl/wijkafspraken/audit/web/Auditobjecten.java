package nl.wijkafspraken.audit.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import nl.wijkafspraken.gedeeld.Actie;

/**
 * The one place that knows which page shows the object of an audit line (issue 15 part 5): the object type as the
 * modules write it ({@code OBJECTTYPE} in their services), the path of its page and the action a user needs to see
 * that page. An object type without a page of its own (Gemeente, Wijk, a sealed document, a college member) gets no
 * link; neither does one whose page the reader may not open, so the trail never leads to a 403.
 */
final class Auditobjecten {

    private record Pagina(String pad, Actie nodig) {
    }

    private static final Map<String, Pagina> PAGINAS = Map.ofEntries(
            Map.entry("Wijkoverleg", new Pagina("/wijkoverleggen/", Actie.WIJKOVERLEGGEN_LEZEN)),
            Map.entry("Afspraken", new Pagina("/afspraken/", Actie.AFSPRAKEN_LEZEN)),
            Map.entry("Convenant", new Pagina("/convenanten/", Actie.CONVENANTEN_LEZEN)),
            Map.entry("Collegevoorstel", new Pagina("/collegevoorstellen/", Actie.BESLUITVORMING_LEZEN)),
            Map.entry("Besluit", new Pagina("/besluiten/", Actie.BESLUITVORMING_LEZEN)),
            Map.entry("BwVergadering", new Pagina("/vergaderingen/", Actie.BESLUITVORMING_LEZEN)),
            Map.entry("Mandaat", new Pagina("/mandaten/", Actie.MANDATEN_LEZEN)),
            Map.entry("Ondertekenronde", new Pagina("/ondertekening/rondes/", Actie.RONDES_LEZEN)),
            Map.entry("Account", new Pagina("/beheer/accounts/", Actie.ACCOUNTS_BEHEREN)),
            Map.entry("E-mail", new Pagina("/beheer/post/", Actie.POST_LEZEN)));

    private Auditobjecten() {
    }

    /**
     * The path of the object's page (without the context path), or null: no page for this type, no numeric id, or
     * the reader lacks the action ({@code mag}).
     */
    static String pad(String objecttype, String objectId, Predicate<Actie> mag) {
        var pagina = objecttype == null ? null : PAGINAS.get(objecttype);
        if (pagina == null || objectId == null || !objectId.matches("\\d{1,18}") || !mag.test(pagina.nodig())) {
            return null;
        }
        return pagina.pad() + objectId;
    }

    /** The key of the Dutch name of an object type: "Verzegeld document" becomes audit.objecttype.verzegelddocument. */
    static String berichtcode(String objecttype) {
        return "audit.objecttype." + objecttype.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
