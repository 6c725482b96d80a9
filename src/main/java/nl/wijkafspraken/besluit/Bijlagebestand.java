package nl.wijkafspraken.besluit;

/** An uploaded bijlage for download: a safe file name and the PDF bytes. */
public record Bijlagebestand(String bestandsnaam, byte[] inhoud) {
}
