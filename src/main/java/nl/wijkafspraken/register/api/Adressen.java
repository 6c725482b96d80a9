package nl.wijkafspraken.register.api;

/**
 * The addresses (paths from the server root) of the open data and of the public pages. Gemeente codes and besluit
 * identificaties are URL-safe by their format, so nothing needs encoding.
 */
final class Adressen {

    static final String API = "/api/v1";

    private Adressen() {
    }

    static String gemeenten() {
        return API + "/gemeenten";
    }

    static String gemeente(String code) {
        return gemeenten() + "/" + code;
    }

    static String wijkoverleggen(String code) {
        return gemeente(code) + "/wijkoverleggen";
    }

    static String wijkoverleggenCsv(String code) {
        return gemeente(code) + "/wijkoverleggen.csv";
    }

    static String wijkoverleg(String code, long id) {
        return wijkoverleggen(code) + "/" + id;
    }

    static String afspraken(String code) {
        return gemeente(code) + "/afspraken";
    }

    static String afspraken(String code, long id) {
        return afspraken(code) + "/" + id;
    }

    static String versie(String code, long afsprakenId, int nummer) {
        return afspraken(code, afsprakenId) + "/versies/" + nummer;
    }

    static String convenanten(String code) {
        return gemeente(code) + "/convenanten";
    }

    static String besluiten(String code) {
        return gemeente(code) + "/besluiten";
    }

    static String besluit(String code, String identificatie) {
        return besluiten(code) + "/" + identificatie;
    }

    static String besluitPdf(String code, String identificatie) {
        return besluit(code, identificatie) + "/pdf";
    }

    static String zoeken(String code) {
        return gemeente(code) + "/zoeken";
    }

    /** The public page (HTML) that shows the same as an API path. */
    static String pagina(String apiPad) {
        return "/openbaar" + apiPad.substring((API + "/gemeenten").length());
    }
}
