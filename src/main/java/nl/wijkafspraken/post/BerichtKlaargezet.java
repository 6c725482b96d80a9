package nl.wijkafspraken.post;

/** Internal: a message for SMTP was stored; after commit {@link Bezorging} delivers it. */
record BerichtKlaargezet(long berichtId) {
}
