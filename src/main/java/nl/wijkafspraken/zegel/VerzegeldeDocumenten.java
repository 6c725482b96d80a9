package nl.wijkafspraken.zegel;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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

    /** The absolute address of the public verification page, from {@code wijkafspraken.basis-url}. */
    public String verificatieUrl() {
        return verificatieUrl;
    }

    /**
     * A new identifier for a document about to be sealed: random (version 4), so that it gives away nothing and
     * cannot be guessed. The caller prints {@link #verificatieUrl(UUID)} in the document and then seals it with
     * {@link #verzegelEnBewaar} under this identifier.
     */
    public UUID nieuweIdentificatie() {
        return UUID.randomUUID();
    }

    /**
     * The absolute address of the document's own verification page, what its PDF prints as link and QR code (e.g.
     * {@code OndertekendeAfsprakenDocument.verificatieUrl}): {@code …/verifieren/{identificatie}}.
     */
    public String verificatieUrl(UUID identificatie) {
        return verificatieUrl + "/" + identificatie;
    }

    /** Whether seals get a trusted time (a TSA is configured); else pages say the seal has none. */
    public boolean metTijdstempel() {
        return zegel.metTijdstempel();
    }

    /**
     * Seals the PDF with the gemeente's certificate and stores it under the key, in the caller's transaction (or a
     * new one), with an audit line. Idempotent per gemeente and key: when the key is known, the stored document comes
     * back and nothing is sealed; two calls at once for one key wait for each other and store one document.
     *
     * @param gemeenteId   the gemeente that seals
     * @param kenmerk      the caller's key, e.g. {@code ronde/12/wijkoverleg/5} (at most 200 characters)
     * @param identificatie the document's identifier from {@link #nieuweIdentificatie()}, printed in the PDF
     * @param pdf          the unsealed PDF, e.g. from {@code PdfService.ondertekendeAfspraken}
     * @param beschrijving what the verification page will show about it
     * @return the document in the register
     * @throws IllegalArgumentException    when the key is empty or too long, or the bytes are no readable PDF
     * @throws TijdstempelMisluktException when a TSA is configured but gives no valid timestamp: nothing is stored,
     *                                     the caller tries again later
     */
    @Transactional
    public VerzegeldDocument verzegelEnBewaar(long gemeenteId, String kenmerk, UUID identificatie, byte[] pdf,
            Documentbeschrijving beschrijving) {
        if (kenmerk == null || kenmerk.isBlank() || kenmerk.length() > MAX_KENMERK) {
            throw new IllegalArgumentException("Een kenmerk van 1 tot " + MAX_KENMERK + " tekens is verplicht");
        }
        Objects.requireNonNull(identificatie, "identificatie");
        register.vergrendel(gemeenteId, kenmerk);
        var bestaand = register.opKenmerk(gemeenteId, kenmerk);
        if (bestaand.isPresent()) {
            return bestaand.get();
        }
        var verzegeld = zegel.verzegel(pdf, reden(beschrijving), beschrijving.gemeenteNaam());
        var sha256 = zegel.sha256(verzegeld);
        var controle = zegel.controleer(verzegeld);
        var tijdstempel = controle.tijdstempel();
        var id = register.voegToe(gemeenteId, kenmerk, identificatie, verzegeld, sha256, controle.revisieSha256(),
                        clock.instant(), tijdstempel, beschrijving)
                .orElseThrow(() -> new IllegalStateException("Verzegeld document " + kenmerk + " van gemeente "
                        + gemeenteId + " bestaat al, of een ander document heeft dezelfde SHA-256"));
        audit.registreer(gemeenteId, VERZEGELD, OBJECTTYPE, id, reden(beschrijving) + " (kenmerk " + kenmerk
                + ", identificatie " + identificatie + ", SHA-256 " + sha256 + ", "
                + (tijdstempel.geldig() ? "tijdstempel " + tijdstempel.tijd() + " van " + tijdstempel.uitgever()
                        : "zonder tijdstempel") + ")");
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

    /** The document with this public identifier, if any. */
    @Transactional(readOnly = true)
    public Optional<VerzegeldDocument> opIdentificatie(UUID identificatie) {
        return register.opIdentificatie(identificatie);
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
     * Checks a file for the verification page: exactly a document of the register, or one with something appended
     * after sealing (its sealed revision intact), or a copy changed after sealing, or sealed by this app but not
     * registered, or unknown. The seal's timestamp is checked in the file itself.
     */
    @Transactional(readOnly = true)
    public Verificatie verifieer(byte[] bestand) {
        var sha256 = zegel.sha256(bestand);
        var controle = zegel.controleer(bestand);
        var document = register.opSha256(sha256);
        if (document.isPresent()) {
            return Verificatie.van(Verificatie.Uitkomst.HERKEND, document.get(), controle.tijdstempel());
        }
        // The signed revision of a registered document: alone (its validation data left off), followed by validation
        // data only (both HERKEND) or by something added after sealing (HERKEND_MET_TOEVOEGING).
        var revisieSha256 = controle.revisieSha256() != null ? controle.revisieSha256()
                : controle.geldig() ? sha256 : null;
        if (revisieSha256 != null) {
            var revisie = register.opRevisieSha256(revisieSha256);
            if (revisie.isPresent()) {
                return new Verificatie(controle.geldig() ? Verificatie.Uitkomst.HERKEND
                        : Verificatie.Uitkomst.HERKEND_MET_TOEVOEGING, sha256, revisie, List.of(),
                        controle.tijdstempel());
            }
        }
        var uitkomst = switch (controle.uitkomst()) {
            case GELDIG -> Verificatie.Uitkomst.VERZEGELD_NIET_GEREGISTREERD;
            // An intact revision the register does not know, plus an addition: nothing we can vouch for.
            case GELDIG_MET_TOEVOEGING, GEWIJZIGD -> Verificatie.Uitkomst.GEWIJZIGD;
            case GEEN_PDF -> Verificatie.Uitkomst.GEEN_PDF;
            case ANDER_CERTIFICAAT, GEEN_ZEGEL -> Verificatie.Uitkomst.ONBEKEND;
        };
        return Verificatie.zonderDocument(uitkomst, sha256);
    }

    /**
     * Looks a SHA-256 up for the verification page: that of a sealed PDF, or that of a signed text as a sealed
     * document prints it (what a reader of the paper copy has). The caller has checked that it is one
     * ({@link #isSha256}).
     */
    @Transactional(readOnly = true)
    public Verificatie verifieer(String sha256) {
        var normaal = normaal(sha256).orElseThrow(() -> new IllegalArgumentException("Geen SHA-256"));
        var document = register.opSha256(normaal);
        if (document.isPresent()) {
            return Verificatie.van(Verificatie.Uitkomst.HERKEND, document.get(), document.get().tijdstempel());
        }
        var metDezeTekst = register.opTekstSha256(normaal);
        return metDezeTekst.isEmpty() ? Verificatie.zonderDocument(Verificatie.Uitkomst.ONBEKEND, normaal)
                : Verificatie.tekst(normaal, metDezeTekst);
    }

    /** Whether the text is a SHA-256 in hex: 64 characters 0-9 and a-f (either case), spaces around it ignored. */
    public static boolean isSha256(String tekst) {
        return normaal(tekst).isPresent();
    }

    static Optional<String> normaal(String sha256) {
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
