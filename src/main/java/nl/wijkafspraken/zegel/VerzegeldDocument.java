package nl.wijkafspraken.zegel;

import java.time.Instant;
import java.util.UUID;

/**
 * A document in the register of sealed documents. Its PDF is not part of it: {@link VerzegeldeDocumenten#pdf}.
 *
 * @param id             its id in the register
 * @param identificatie  its public identifier, chosen before sealing and printed in it (link and QR code to
 *                       {@code /verifieren/{identificatie}})
 * @param gemeenteId     the gemeente that sealed it
 * @param kenmerk        the caller's key, unique per gemeente, e.g. {@code ronde/12/wijkoverleg/5}
 * @param sha256         SHA-256 of the sealed PDF, lower-case hex: what the verification page looks up
 * @param grootte        size of the sealed PDF in bytes
 * @param verzegeldOp    when it was sealed, by the app's clock
 * @param tijdstempel    the trusted time of the seal (RFC 3161), or {@link Tijdstempel.Status#GEEN}
 * @param beschrijving   what it is and who signed it
 */
public record VerzegeldDocument(long id, UUID identificatie, long gemeenteId, String kenmerk, String sha256,
        int grootte, Instant verzegeldOp, Tijdstempel tijdstempel, Documentbeschrijving beschrijving) {
}
