/**
 * Infrastructure: the embedded PostgreSQL of the default run and the tests (with the application's own database
 * role beside the owner), the check that the application does not connect as superuser or owner
 * ({@code DatabaseRolControle}), and the demo data of the default run.
 * Publishes and consumes no events; no other module depends on it.
 */
package nl.wijkafspraken.config;
