package nl.wijkafspraken.opmaak;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** veraPDF (greenfield parser, from Maven Central, offline): the rules a document breaks for one profile. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** One line per failed rule: clause, test number, veraPDF's message and where (first occurrence). */
    public static List<String> overtredingen(byte[] document, PDFAFlavour profiel) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(document), profiel);
                var validator = Foundries.defaultInstance().createValidator(profiel, false)) {
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(uitkomst -> uitkomst.getStatus() == TestAssertion.Status.FAILED)
                    .map(uitkomst -> uitkomst.getRuleId().getClause() + "-" + uitkomst.getRuleId().getTestNumber()
                            + ": " + uitkomst.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
