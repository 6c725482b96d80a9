package nl.wijkafspraken.ondertekening;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the signing page shows a board member: who sent it and whom to ask, who they sign as, the exact text
 * (articles as safe HTML) with its SHA-256, until when the link works, and whether a code is on its way.
 *
 * @param vereist        how many board members sign for the wijkoverleg (its ondertekenregel: 1 or 2)
 * @param emailVerborgen the address the code goes to, partly hidden ("m•••@wijkoverleg.example")
 * @param codeGeldigTot  until when the code last sent can be typed, or null when there is none
 */
public record Tekenpagina(Afzender afzender, String naam, String functie, String partij, int vereist,
        Document document, LocalDateTime geldigTot, String emailVerborgen, LocalDateTime codeGeldigTot)
        implements Tekenlink {

    public String gemeente() {
        return afzender.gemeente();
    }

    public boolean heeftCode() {
        return codeGeldigTot != null;
    }

    /**
     * A version of the afspraken as shown for signing.
     *
     * @param artikelen the articles, their text already rendered to safe HTML
     */
    public record Document(String titel, int versienummer, LocalDate ingangsdatum, String besluit,
            List<Artikel> artikelen, String sha256) {

        public Document {
            artikelen = List.copyOf(artikelen);
        }
    }

    public record Artikel(int nummer, String kop, String html) {
    }
}
