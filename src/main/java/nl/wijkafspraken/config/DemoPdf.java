package nl.wijkafspraken.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/** A one-page PDF with a line of text, as a stand-in for a scanned document in the demo data. */
final class DemoPdf {

    private DemoPdf() {
    }

    static byte[] metTekst(String... regels) {
        var inhoud = new StringBuilder("BT /F1 14 Tf 72 760 Td 18 TL\n");
        for (var regel : regels) {
            inhoud.append('(').append(regel.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj T*\n");
        }
        inhoud.append("ET");
        var objecten = new String[] {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                    + "/Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length " + inhoud.length() + " >>\nstream\n" + inhoud + "\nendstream"};
        var pdf = new ByteArrayOutputStream();
        var posities = new ArrayList<Integer>();
        schrijf(pdf, "%PDF-1.4\n");
        for (int i = 0; i < objecten.length; i++) {
            posities.add(pdf.size());
            schrijf(pdf, (i + 1) + " 0 obj\n" + objecten[i] + "\nendobj\n");
        }
        var xref = pdf.size();
        schrijf(pdf, "xref\n0 " + (objecten.length + 1) + "\n0000000000 65535 f \n");
        posities.forEach(p -> schrijf(pdf, String.format("%010d 00000 n \n", p)));
        schrijf(pdf, "trailer\n<< /Size " + (objecten.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static void schrijf(ByteArrayOutputStream pdf, String tekst) {
        pdf.writeBytes(tekst.getBytes(StandardCharsets.ISO_8859_1));
    }
}
