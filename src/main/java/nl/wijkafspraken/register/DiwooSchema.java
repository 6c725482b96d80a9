package nl.wijkafspraken.register;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The DiWoo metadata schema 0.9.8 as shipped in {@code src/main/resources/woo} (see its LEESMIJ.md), compiled once
 * and without network: every schema it refers to is answered from the classpath, anything else is refused.
 */
@Component
class DiwooSchema {

    private static final Map<String, String> LOKAAL = Map.of(
            "diwoo-metadata-lijsten.xsd", "woo/diwoo-metadata-lijsten.xsd",
            "https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd", "woo/mdto-vervanging.xsd");

    private volatile Schema schema;

    /** A validator of one {@code diwoo:Document}; not thread-safe, so one per use. */
    Validator validator() {
        return schema().newValidator();
    }

    /** Null when the entry is valid, else the first reason why not. */
    static String fout(Validator validator, String document) {
        try {
            validator.reset();
            validator.validate(new StreamSource(new StringReader(document)));
            return null;
        } catch (SAXException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Schema schema() {
        var gecompileerd = schema;
        if (gecompileerd == null) {
            synchronized (this) {
                gecompileerd = schema;
                if (gecompileerd == null) {
                    gecompileerd = compileer();
                    schema = gecompileerd;
                }
            }
        }
        return gecompileerd;
    }

    private static Schema compileer() {
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                var pad = systemId == null ? null : LOKAAL.entrySet().stream()
                        .filter(e -> systemId.equals(e.getKey()) || systemId.endsWith("/" + e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (pad == null) {
                    throw new IllegalStateException("Schema niet meegeleverd: " + systemId);
                }
                return invoer(pad, systemId);
            });
            var hoofd = new ClassPathResource("woo/diwoo-metadata.xsd");
            try (var in = hoofd.getInputStream()) {
                var bron = new StreamSource(in, hoofd.getURL().toExternalForm());
                return factory.newSchema(bron);
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Het DiWoo-schema kan niet worden geladen", e);
        }
    }

    private static LSInput invoer(String pad, String systemId) {
        try {
            var bytes = new ClassPathResource(pad).getContentAsByteArray();
            return new Invoer(systemId, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema from the classpath as the XML parser asks for it. */
    private record Invoer(String systemId, byte[] bytes) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader characterStream) { }
        @Override public java.io.InputStream getByteStream() { return new java.io.ByteArrayInputStream(bytes); }
        @Override public void setByteStream(java.io.InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return "UTF-8"; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
