package nl.wijkafspraken.zegel;

import java.util.List;
import java.util.Optional;

/**
 * What the public verification page found for a file or a SHA-256.
 *
 * @param uitkomst    what was found
 * @param sha256      SHA-256 of the checked file, or the SHA-256 looked up, lower-case hex
 * @param document    the sealed document in the register, for {@link Uitkomst#HERKEND} and
 *                    {@link Uitkomst#HERKEND_MET_TOEVOEGING}
 * @param metDezeTekst for {@link Uitkomst#TEKST_HERKEND}: the sealed documents that print this text hash
 * @param tijdstempel the trusted time of the seal: checked in the file itself for an upload, as registered for a
 *                    lookup; {@link Tijdstempel#GEEN} when there is none or nothing was recognised
 */
public record Verificatie(Uitkomst uitkomst, String sha256, Optional<VerzegeldDocument> document,
        List<VerzegeldDocument> metDezeTekst, Tijdstempel tijdstempel) {

    public enum Uitkomst {
        /** Exactly a document in the register: sealed by this app, not one byte changed. */
        HERKEND,
        /**
         * A document of the register with something appended after sealing (an incremental update, e.g. a comment
         * added in a PDF reader): the sealed revision is intact, the addition is not covered by the seal.
         */
        HERKEND_MET_TOEVOEGING,
        /** The SHA-256 is that of a signed text as printed in sealed documents (the paper copy's fingerprint). */
        TEKST_HERKEND,
        /** It carries a seal, but the file was changed or rewritten after sealing (or the seal is damaged). */
        GEWIJZIGD,
        /** Sealed by this app and unchanged, but not in the register (e.g. sealed by an older installation). */
        VERZEGELD_NIET_GEREGISTREERD,
        /** Not in the register and no seal of this app: nothing can be said about it. */
        ONBEKEND,
        /** The file is no PDF. */
        GEEN_PDF
    }

    public Verificatie {
        metDezeTekst = List.copyOf(metDezeTekst);
        tijdstempel = tijdstempel == null ? Tijdstempel.GEEN : tijdstempel;
    }

    static Verificatie van(Uitkomst uitkomst, VerzegeldDocument document, Tijdstempel tijdstempel) {
        return new Verificatie(uitkomst, document.sha256(), Optional.of(document), List.of(), tijdstempel);
    }

    static Verificatie zonderDocument(Uitkomst uitkomst, String sha256) {
        return new Verificatie(uitkomst, sha256, Optional.empty(), List.of(), Tijdstempel.GEEN);
    }

    static Verificatie tekst(String sha256, List<VerzegeldDocument> documenten) {
        return new Verificatie(Uitkomst.TEKST_HERKEND, sha256, Optional.empty(), documenten, Tijdstempel.GEEN);
    }
}
