package nl.wijkafspraken.register;

/**
 * The TOOI values the Woo sitemaps use, as listed in the shipped value-list schema
 * ({@code woo/diwoo-metadata-lijsten.xsd}, TOOI lists of 2025-08-12). Every entry is validated against that schema,
 * so a value that left a list would show up as an entry left out, not as a broken publication.
 */
final class Tooi {

    private static final String KERN = "https://identifier.overheid.nl/tooi/def/thes/kern/";

    /** A value: its URI and its label as the list spells it. */
    record Waarde(String uri, String label) {
    }

    /** Woo art. 3.3 lid 2 sub h: convenanten (the Samenwerkingsafspraken and the convenanten wijkbeheer of 2007). */
    static final Waarde CONVENANTEN = new Waarde(KERN + "c_8fc2335c", "convenanten");
    /** Woo art. 3.3 lid 2 sub e: besluiten of the college that are not beschikkingen. */
    static final Waarde OVERIGE_BESLUITEN = new Waarde(KERN + "c_aab6bfc7",
            "overige besluiten van algemene strekking");

    static final Waarde DOCUMENTSOORT_BESLUIT = new Waarde(KERN + "c_465163c9", "besluit");
    static final Waarde DOCUMENTSOORT_CONVENANT = new Waarde(KERN + "c_386e74cb", "convenant");

    static final Waarde VASTSTELLING = new Waarde(KERN + "c_641ecd76", "vaststelling");
    static final Waarde VERWIJST_NAAR = new Waarde(KERN + "c_75fac459", "verwijst naar");

    static final Waarde NEDERLANDS = new Waarde("http://publications.europa.eu/resource/authority/language/NLD",
            "Nederlands");
    static final Waarde PDF = new Waarde("http://publications.europa.eu/resource/authority/file-type/PDF", "PDF");
    static final Waarde HTML = new Waarde("http://publications.europa.eu/resource/authority/file-type/HTML", "HTML");

    private Tooi() {
    }

    /** The gemeente as a TOOI organisation, from its CBS gemeentecode (e.g. 0358 → …/gemeente/gm0358). */
    static Waarde gemeente(String cbsCode, String naam) {
        return new Waarde("https://identifier.overheid.nl/tooi/id/gemeente/gm" + cbsCode, "gemeente " + naam);
    }
}
