package nl.wijkafspraken.afspraken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The exact text of one version of the afspraken, as parties sign it, with its SHA-256.
 *
 * <p><b>Canonical form</b> (what the hash is taken of; {@link #canoniek}): the title, the line
 * {@code Versie <nummer>}, then per article {@code Artikel <nummer>. <kop>}, a blank line and its text (Markdown as
 * stored), all these blocks joined by one blank line ({@code "\n\n"}), without a final line break. Before joining,
 * every line ending ({@code \r\n} or {@code \r}) becomes {@code \n}, every block loses leading and trailing white
 * space, and the whole is normalised to Unicode NFC; then it is encoded as UTF-8. The same text therefore always gives
 * the same hash, whichever system or editor it passed through. Dates and the besluit are not part of it: they are not
 * the text that is signed, and they are recorded next to every signature.
 *
 * @param einddatum            the last day of the term of the afspraken, or null before the first vaststelling
 * @param besluitIdentificatie the besluit that adopted this version, or null for a concept
 * @param sha256               lowercase hex SHA-256 of the UTF-8 bytes of {@link #canoniek()}
 */
public record Versietekst(long afsprakenId, long versieId, String titel, int versienummer, LocalDate ingangsdatum,
        LocalDate einddatum, String besluitIdentificatie, List<Artikeltekst> artikelen, String sha256) {

    public Versietekst {
        artikelen = List.copyOf(artikelen);
        Objects.requireNonNull(sha256, "sha256");
    }

    /** One article: its number in this version (1, 2, …), heading and body in Markdown. */
    public record Artikeltekst(int nummer, String kop, String tekst) {
    }

    /** The canonical form of this text; see the class comment. */
    public String canoniek() {
        return canoniek(titel, versienummer, artikelen);
    }

    /** The canonical form of a text; see the class comment. */
    public static String canoniek(String titel, int versienummer, List<Artikeltekst> artikelen) {
        var blokken = Stream.concat(Stream.of(titel, "Versie " + versienummer),
                artikelen.stream().flatMap(a -> Stream.of("Artikel " + a.nummer() + ". " + schoon(a.kop()),
                        a.tekst())));
        var tekst = blokken.map(Versietekst::schoon).collect(Collectors.joining("\n\n"));
        return Normalizer.normalize(tekst, Normalizer.Form.NFC);
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of a text. */
    public static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }

    static Versietekst van(Afspraken afspraken, Versie versie) {
        var artikelen = versie.getArtikelen();
        var teksten = new java.util.ArrayList<Artikeltekst>();
        for (int i = 0; i < artikelen.size(); i++) {
            teksten.add(new Artikeltekst(i + 1, artikelen.get(i).kop(), artikelen.get(i).tekst()));
        }
        return new Versietekst(afspraken.getId(), versie.getId(), afspraken.getTitel(), versie.getNummer(),
                versie.getIngangsdatum(), afspraken.looptijd().map(Looptijd::einddatum).orElse(null),
                versie.getBesluitIdentificatie(), teksten,
                sha256(canoniek(afspraken.getTitel(), versie.getNummer(), teksten)));
    }

    private static String schoon(String blok) {
        return blok == null ? "" : blok.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
