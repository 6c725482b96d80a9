package nl.wijkafspraken.audit.web;

/** One changed field of an audit line, as the screen shows it: Dutch field name, old and new value. */
record Veldwijziging(String veld, String oud, String nieuw) {
}
