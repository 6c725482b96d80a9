package nl.wijkafspraken.zegel;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.wijkafspraken.audit.AuditService;
import nl.wijkafspraken.gedeeld.NietGevondenException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of sealed documents: seals a PDF once per key and keeps it for good (the tables are append-only), and
 * answers the public verification page. No role check: the calling module decides who may seal and who may
 * download; the verification page is public by design and shows names and functions only.
 */
@Service
public class VerzegeldeDocumenten {

    static final String OBJECTTYPE = "Verzegeld document";
    static final String VERZEGELD = "DOCUMENT_VERZEGELD";
    static final int MAX_KENMERK = 200;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final VerzegeldDocumentRepository register;
    private final ZegelService zegel;
    private final AuditService audit;
    private final Clock clock;
    private final String verificatieUrl;

    VerzegeldeDocumenten(VerzegeldDocumentRepository register, ZegelService zegel, AuditService audit, Clock clock,
            @Value("${wijkafspraken.basis-url:http://localhost:8080}") String basisUrl) {
        this.register = register;
        this.zegel = zegel;
        this.audit = audit;
        this.clock = clock;
        this.verificatieUrl = basisUrl.strip().replaceAll("/+$", "") + "/verifieren";
    }

    /**
     * The absolute address of the public verification page, from {@code wijkafspraken.basis-url}: what a sealed
     * document prints as link and QR code (e.g. {@code OndertekendeAfsprakenDocument.verificatieUrl}).
     */
    public String verificatieUrl() {
        return verificatieUrl;
    }

    /**
     * Seals the PDF with the gemeente's certificate and stores it under the key, in the caller's transaction (or a
     * new one), with an audit line. Idempotent per gemeente and key: when the key is known, the stored document comes
     * back and nothing is sealed; two calls at once for one key wait for each other and store one document.
     *
     * @param gemeenteId   the gemeente that seals
     * @param kenmerk      the caller's key, e.g. {@code ronde/12/wijkoverleg/5} (at most 200 characters)
     * @param pdf          the unsealed PDF, e.g. from {@code PdfService.ondertekendeAfspraken}
     * @param beschrijving what the verification page will show about it
     * @return the document in the register
     * @throws IllegalArgumentException when the key is empty or too long, or the bytes are no readable PDF
     */
    @Transactional
    public VerzegeldDocument verzegelEnBewaar(long gemeenteId, String kenmerk, byte[] pdf,
            Documentbeschrijving beschrijving) {
        if (kenmerk == null || kenmerk.isBlank() || kenmerk.length() > MAX_KENMERK) {
            throw new IllegalArgumentException("Een kenmerk van 1 tot " + MAX_KENMERK + " tekens is verplicht");
        }
        register.vergrendel(gemeenteId, kenmerk);
        var bestaand = register.opKenmerk(gemeenteId, kenmerk);
        if (bestaand.isPresent()) {
            return bestaand.get();
        }
        var verzegeld = zegel.verzegel(pdf, reden(beschrijving), beschrijving.gemeenteNaam());
        var sha256 = zegel.sha256(verzegeld);
        var id = register.voegToe(gemeenteId, kenmerk, verzegeld, sha256, clock.instant(), beschrijving)
                .orElseThrow(() -> new IllegalStateException("Verzegeld document " + kenmerk + " van gemeente "
                        + gemeenteId + " bestaat al, of een ander document heeft dezelfde SHA-256"));
        audit.registreer(gemeenteId, VERZEGELD, OBJECTTYPE, id, reden(beschrijving) + " (kenmerk " + kenmerk
                + ", SHA-256 " + sha256 + ")");
        return register.opKenmerk(gemeenteId, kenmerk).orElseThrow();
    }

    /** The document stored under the key in this gemeente, if any. */
    @Transactional(readOnly = true)
    public Optional<VerzegeldDocument> opKenmerk(long gemeenteId, String kenmerk) {
        return register.opKenmerk(gemeenteId, kenmerk);
    }

    /** The document whose sealed PDF has this SHA-256 (hex, either case; surrounding spaces ignored), if any. */
    @Transactional(readOnly = true)
    public Optional<VerzegeldDocument> opSha256(String sha256) {
        return normaal(sha256).flatMap(register::opSha256);
    }

    /**
     * The sealed PDF as stored.
     *
     * @throws NietGevondenException when there is no such document in this gemeente
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long gemeenteId, long id) {
        return register.pdf(gemeenteId, id).orElseThrow(() -> new NietGevondenException(OBJECTTYPE, id));
    }

    /**
     * Checks a file for the verification page: exactly a document of the register, or a copy changed after sealing,
     * or sealed by this app but not registered, or unknown.
     */
    @Transactional(readOnly = true)
    public Verificatie verifieer(byte[] bestand) {
        var sha256 = zegel.sha256(bestand);
        var document = register.opSha256(sha256);
        if (document.isPresent()) {
            return Verificatie.herkend(document.get());
        }
        var uitkomst = switch (zegel.controleer(bestand).uitkomst()) {
            case GELDIG -> Verificatie.Uitkomst.VERZEGELD_NIET_GEREGISTREERD;
            case GEWIJZIGD -> Verificatie.Uitkomst.GEWIJZIGD;
            case GEEN_PDF -> Verificatie.Uitkomst.GEEN_PDF;
            case ANDER_CERTIFICAAT, GEEN_ZEGEL -> Verificatie.Uitkomst.ONBEKEND;
        };
        return Verificatie.zonderDocument(uitkomst, sha256);
    }

    /** Looks a SHA-256 up for the verification page; the caller has checked that it is one ({@link #isSha256}). */
    @Transactional(readOnly = true)
    public Verificatie verifieer(String sha256) {
        var normaal = normaal(sha256).orElseThrow(() -> new IllegalArgumentException("Geen SHA-256"));
        return register.opSha256(normaal).map(Verificatie::herkend)
                .orElseGet(() -> Verificatie.zonderDocument(Verificatie.Uitkomst.ONBEKEND, normaal));
    }

    /** Whether the text is a SHA-256 in hex: 64 characters 0-9 and a-f (either case), spaces around it ignored. */
    public static boolean isSha256(String tekst) {
        return normaal(tekst).isPresent();
    }

    private static Optional<String> normaal(String sha256) {
        if (sha256 == null) {
            return Optional.empty();
        }
        var normaal = sha256.strip().toLowerCase(Locale.ROOT);
        return SHA256.matcher(normaal).matches() ? Optional.of(normaal) : Optional.empty();
    }

    /** The reason in the seal, which PDF readers show: what the document is. */
    private static String reden(Documentbeschrijving beschrijving) {
        return beschrijving.titel() + ", versie " + beschrijving.versie() + ", " + beschrijving.partij();
    }
}
