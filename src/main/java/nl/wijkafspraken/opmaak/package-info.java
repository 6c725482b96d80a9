/**
 * Opmaak: how texts and documents of the besluitvorming look, independent of where their data come from.
 * <ul>
 *   <li>{@link nl.wijkafspraken.opmaak.Opmaak} turns the Markdown of a text section (paragraphs, bullet, numbered and
 *   lettered lists, emphasis, superscript {@code 1^e^}, GitHub tables) into safe HTML for the screen: HTML in the
 *   input is shown as text and only http, https and mailto links keep their target.</li>
 *   <li>{@link nl.wijkafspraken.opmaak.Plakken} turns what a user pastes from Word, LibreOffice or a web page
 *   (clipboard HTML, or tab-separated text) into that Markdown: parsed and sanitised with jsoup, Word's list
 *   paragraphs and tables repaired, so that lists, tables, bold, italic and superscript survive.</li>
 *   <li>{@link nl.wijkafspraken.opmaak.PdfService} renders a {@link nl.wijkafspraken.opmaak.CollegevoorstelDocument}
 *   and a {@link nl.wijkafspraken.opmaak.BesluitenlijstDocument} as A4 PDF in the gemeente's layout, with the same
 *   Markdown structure as on screen, embedded Liberation Sans, page numbers, document information, and a CONCEPT
 *   mark on concepts.</li>
 *   <li>{@link nl.wijkafspraken.opmaak.PdfService#ondertekendeAfspraken} renders an
 *   {@link nl.wijkafspraken.opmaak.OndertekendeAfsprakenDocument}: the text of a version of the afspraken as one
 *   party signed it, then a page "Ondertekening" with the signers, the mandate, the hash of the signed text, and a
 *   link and QR code (ZXing) to the verification page, and at the end an evidence page per party
 *   ({@code Bewijspaginas}: the round's events in UTC to the second, the method and declarations of each signer, the
 *   hash and the round's identifier; texts {@code opmaak.pdf.bewijs.*}). Sealing it is module zegel's work.</li>
 *   <li>{@link nl.wijkafspraken.opmaak.Gidsopmaak} renders a chapter of the user guide (module hulp): the same
 *   Markdown, safe in the same way, but with the guide's own screenshots as images (only plain file names, served
 *   from the guide's folder) and its title taken from the first heading.</li>
 * </ul>
 * Every PDF is a tagged PDF conforming to PDF/UA-1 and PDF/A-2a (both checked with veraPDF in the tests): all blocks
 * go through {@link nl.wijkafspraken.opmaak.Zetter}, which sets them with OpenPDF and builds the structure tree
 * (Document, H1–H3, P, lists, tables, the QR code as a Figure with alternative text, the link with its annotation);
 * headers, footers, page numbers, watermark and rules are artifacts. The language is Dutch, the title is shown.
 * <p>
 * The caller fills the neutral input records; this module depends on no other module, keeps no data, and publishes
 * and consumes no events. Size limits and authorisation are the caller's.
 */
package nl.wijkafspraken.opmaak;
