package nl.wijkafspraken.register;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;

/** Reads sitemaps and sitemap indexes as a harvester does: namespace-aware DOM, entries with their DiWoo part. */
final class Sitemaps {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** One {@code <url>} or {@code <sitemap>}: its loc, its lastmod (or null) and, for a url, its diwoo:Document. */
    record Regel(String loc, String lastmod, String diwoo) {
    }

    private Sitemaps() {
    }

    static Element lees(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries of a urlset ({@code url}) or of an index ({@code sitemap}). */
    static List<Regel> regels(byte[] xml, String soort) {
        var wortel = lees(xml);
        var regels = new ArrayList<Regel>();
        var lijst = wortel.getElementsByTagNameNS(SITEMAP, soort);
        for (int i = 0; i < lijst.getLength(); i++) {
            var e = (Element) lijst.item(i);
            var lastmod = e.getElementsByTagNameNS(SITEMAP, "lastmod");
            var diwoo = e.getElementsByTagNameNS(Diwoo.NAMESPACE, "Document");
            regels.add(new Regel(e.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent(),
                    diwoo.getLength() == 0 ? null : tekst((Element) diwoo.item(0))));
        }
        return regels;
    }

    private static String tekst(Element element) {
        try {
            // The JDK's own: Saxon (on the test classpath) would set up a whole configuration per call.
            var transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            var uit = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(uit));
            return uit.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
