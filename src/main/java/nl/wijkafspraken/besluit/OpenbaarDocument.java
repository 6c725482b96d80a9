package nl.wijkafspraken.besluit;

import java.time.Instant;

/** A public PDF: a file name of our own, its bytes, and when its content last changed (for Last-Modified). */
public record OpenbaarDocument(String bestandsnaam, byte[] inhoud, Instant gewijzigdOp) {
}
