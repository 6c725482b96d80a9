package nl.wijkafspraken.register;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Woodocument} as a sitemap {@code <url>} entry with its {@code diwoo:Document} (DiWoo metadata
 * 0.9.8). The {@code diwoo:Document} is written with its own namespace declaration, so that it can be validated on
 * its own against {@link DiwooSchema} before it goes into a sitemap.
 */
final class Diwoo {

    static final String NAMESPACE = "https://standaarden.overheid.nl/diwoo/metadata/";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private Diwoo() {
    }

    /** The {@code diwoo:Document} of the document, published by {@code publisher}. */
    static String document(Woodocument d, Tooi.Waarde publisher) {
        var tekst = new StringWriter();
        try {
            var x = XML.createXMLStreamWriter(tekst);
            x.setPrefix("diwoo", NAMESPACE);
            x.writeStartElement("diwoo", "Document", NAMESPACE);
            x.writeNamespace("diwoo", NAMESPACE);
            x.writeStartElement(NAMESPACE, "DiWoo");
            if (!d.identifiers().isEmpty()) {
                x.writeStartElement(NAMESPACE, "identifiers");
                for (var identifier : d.identifiers()) {
                    element(x, "identifier", identifier);
                }
                x.writeEndElement();
            }
            waarde(x, "publisher", publisher);
            x.writeStartElement(NAMESPACE, "titelcollectie");
            element(x, "officieleTitel", d.titel());
            x.writeEndElement();
            x.writeStartElement(NAMESPACE, "classificatiecollectie");
            x.writeStartElement(NAMESPACE, "informatiecategorieen");
            waarde(x, "informatiecategorie", d.categorie());
            x.writeEndElement();
            x.writeStartElement(NAMESPACE, "documentsoorten");
            waarde(x, "documentsoort", d.soort());
            x.writeEndElement();
            x.writeEndElement();
            if (d.creatiedatum() != null) {
                element(x, "creatiedatum", d.creatiedatum().toString());
            }
            waarde(x, "language", Tooi.NEDERLANDS);
            waarde(x, "format", d.formaat());
            x.writeStartElement(NAMESPACE, "documenthandelingen");
            x.writeStartElement(NAMESPACE, "documenthandeling");
            waarde(x, "soortHandeling", Tooi.VASTSTELLING);
            element(x, "atTime", d.vastgesteldOp() == null ? null : tijd(d.vastgesteldOp()));
            waarde(x, "wasAssociatedWith", publisher);
            x.writeEndElement();
            x.writeEndElement();
            if (!d.relaties().isEmpty()) {
                x.writeStartElement(NAMESPACE, "documentrelaties");
                for (var relatie : d.relaties()) {
                    x.writeStartElement(NAMESPACE, "documentrelatie");
                    waarde(x, "role", Tooi.VERWIJST_NAAR);
                    waarde(x, "relation", new Tooi.Waarde(relatie.loc(), relatie.titel()));
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return tekst.toString();
    }

    /** The sitemap {@code <url>} entry around a validated {@code diwoo:Document}. */
    static String url(Woodocument d, String document) {
        var tekst = new StringWriter();
        try {
            var x = XML.createXMLStreamWriter(tekst);
            x.writeStartElement("url");
            element(x, null, "loc", d.loc());
            if (d.gewijzigdOp() != null) {
                element(x, null, "lastmod", tijd(d.gewijzigdOp()));
            }
            x.writeCharacters("");
            x.flush();
            tekst.write(document);
            x.writeEndElement();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return tekst.toString();
    }

    /** W3C date-time in UTC, to the second (sitemaps and xs:dateTime). */
    static String tijd(Instant tijd) {
        return tijd.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void element(XMLStreamWriter x, String naam, String tekst) throws XMLStreamException {
        element(x, NAMESPACE, naam, tekst);
    }

    private static void element(XMLStreamWriter x, String namespace, String naam, String tekst)
            throws XMLStreamException {
        if (namespace == null) {
            x.writeStartElement(naam);
        } else {
            x.writeStartElement(namespace, naam);
        }
        if (tekst != null) {
            x.writeCharacters(tekst);
        }
        x.writeEndElement();
    }

    private static void waarde(XMLStreamWriter x, String naam, Tooi.Waarde waarde) throws XMLStreamException {
        x.writeStartElement(NAMESPACE, naam);
        x.writeAttribute("resource", waarde.uri());
        x.writeCharacters(waarde.label());
        x.writeEndElement();
    }
}
