/**
 * Backup and restore of the embedded database (README, "Backups and restore"): an online physical backup of the
 * embedded PostgreSQL through its low-level backup API, together with the seal's key, in a folder with a SHA-256
 * manifest, and its restore into a fresh data folder. Run from the command line ({@code --reservekopie=<map>},
 * {@code --terugzetten=<map>}) before and without a Spring context, so it works next to a running app as well as on
 * a stopped one. An external PostgreSQL is backed up with {@code pg_dump}/{@code pg_restore} instead (README).
 * Publishes and consumes no events; depends on no other module.
 */
package nl.wijkafspraken.reservekopie;
