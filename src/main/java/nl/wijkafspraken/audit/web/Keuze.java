package nl.wijkafspraken.audit.web;

/** An option of a filter select: the stored code as value, its Dutch name as text. */
record Keuze(String waarde, String naam) {
}
