package nl.wijkafspraken.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Messages and attachments for the post tests. */
final class Testpost {

    static final String ONDERWERP = "Ondertekening Samenwerkingsafspraken – wijkoverleg Oost ë";

    private Testpost() {
    }

    /** A message whose text carries a one-time link and code, the kind that must never reach a log. */
    static Bericht uitnodiging(long gemeenteId, String geheim) {
        return new Bericht(gemeenteId, "m.kortekaas@wijkoverleg-oost.example", ONDERWERP, """
                Beste Marleen,

                U kunt de samenwerkingsafspraken ondertekenen via https://wijkafspraken.example/ondertekenen/%s.
                Uw code is 482913 (tien minuten geldig). Één keer gebruiken – groet, de gemeente.
                """.formatted(geheim), List.of(new Bijlage("Samenwerkingsafspraken Oost – versie 2.pdf",
                "application/pdf", pdf())));
    }

    static Bericht bericht(long gemeenteId, String onderwerp) {
        return new Bericht(gemeenteId, "iemand@wijk.example", onderwerp, "Tekst van " + onderwerp);
    }

    static byte[] pdf() {
        var uit = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, uit);
        document.open();
        document.add(new Paragraph("Samenwerkingsafspraken wijkoverleg Oost"));
        document.close();
        return uit.toByteArray();
    }

    /** A local port where nothing listens: connecting fails at once, like a mail server that is down. */
    static int geslotenPoort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
