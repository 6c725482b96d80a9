package nl.wijkafspraken.opmaak;

import org.springframework.stereotype.Service;

/**
 * Makes the PDFs of the besluitvorming and the signed afspraken: A4, embedded Liberation Sans, "Pagina x van y" on
 * every page, title, subject and author (the gemeente) in the document information; tagged for screen readers
 * (PDF/UA-1) and archivable (PDF/A-2a). A concept carries a diagonal CONCEPT on every page and the word in the header
 * line. Stateless and thread-safe; the caller checks who may download.
 */
@Service
public class PdfService {

    /** The collegevoorstel as the gemeente's own document looks. */
    public byte[] collegevoorstel(CollegevoorstelDocument voorstel) {
        return CollegevoorstelPdf.maak(voorstel);
    }

    /**
     * The samenwerkingsafspraken as one party signed them: the text of the version, then a page "Ondertekening" with
     * the signers, the mandate, the hash of the signed text and a link and QR code to the verification page. Not yet
     * sealed: that is {@code ZegelService.verzegel}'s work.
     */
    public byte[] ondertekendeAfspraken(OndertekendeAfsprakenDocument afspraken) {
        return OndertekendeAfsprakenPdf.maak(afspraken);
    }

    /** The besluitenlijst of one B&W-vergadering; CONCEPT while the meeting is not closed. */
    public byte[] besluitenlijst(BesluitenlijstDocument lijst) {
        return BesluitenlijstPdf.maak(lijst);
    }
}
