package nl.wijkafspraken.zegel;

import java.util.Optional;

/**
 * What the public verification page found for a file or a SHA-256.
 *
 * @param uitkomst what was found
 * @param sha256   SHA-256 of the checked file, or the SHA-256 looked up, lower-case hex
 * @param document the sealed document in the register, for {@link Uitkomst#HERKEND} only
 */
public record Verificatie(Uitkomst uitkomst, String sha256, Optional<VerzegeldDocument> document) {

    public enum Uitkomst {
        /** Exactly a document in the register: sealed by this app, not one byte changed. */
        HERKEND,
        /** It carries a seal, but the file was changed after sealing (or the seal is damaged): not the original. */
        GEWIJZIGD,
        /** Sealed by this app and unchanged, but not in the register (e.g. sealed by an older installation). */
        VERZEGELD_NIET_GEREGISTREERD,
        /** Not in the register and no seal of this app: nothing can be said about it. */
        ONBEKEND,
        /** The file is no PDF. */
        GEEN_PDF
    }

    static Verificatie herkend(VerzegeldDocument document) {
        return new Verificatie(Uitkomst.HERKEND, document.sha256(), Optional.of(document));
    }

    static Verificatie zonderDocument(Uitkomst uitkomst, String sha256) {
        return new Verificatie(uitkomst, sha256, Optional.empty());
    }
}
