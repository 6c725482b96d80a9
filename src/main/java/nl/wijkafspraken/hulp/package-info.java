/**
 * Hulp: the Dutch user guide, per role (ambtenaar, secretaris, wethouder, bestuurslid, beheerder), at {@code /hulp}
 * (index) and {@code /hulp/<hoofdstuk>}, and the chapter behind the Help link in the header of every page
 * ({@code HulpConfig}: the request attribute {@code hulp}, found from the page's path; a page may set its own).
 * <p>
 * Why the chapters are Markdown files ({@code src/main/resources/gids/*.md}) and not messages.properties: a chapter
 * is a page of running text with numbered steps, links and screenshots, written and reviewed as a whole by someone
 * who knows the work, not short screen texts. One key per sentence would scatter a chapter over hundreds of keys and
 * make it unreadable for its writers; a Markdown file reads as the page it becomes. The page around it (titles,
 * index, the Help link) keeps its texts in messages.properties like every other page. The files are rendered once
 * at start-up by {@link nl.wijkafspraken.opmaak.Gidsopmaak} (the application's one Markdown dialect, with the
 * guide's own screenshots as images): no database, no per-request work.
 * <p>
 * The screenshots in {@code static/hulp/afbeeldingen/} are made by {@code GidsBrowserTest}, which walks every flow
 * with demo-like data; run with {@code -Dgids.schrijf=true} it writes them (see README, "Gebruikershandleiding").
 * The index and the board member's chapters are readable without login, since a board member signs through a mailed
 * link without an account ({@link nl.wijkafspraken.hulp.Gids#OPENBARE_PADEN}, used by the security configuration).
 * Publishes and consumes no events.
 */
package nl.wijkafspraken.hulp;
