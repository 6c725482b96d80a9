package nl.wijkafspraken.account;

/** An account's personal data at one moment, for the audit trail's before/after comparison (issue 13). */
record Accountgegevens(String naam, String email) {
}
