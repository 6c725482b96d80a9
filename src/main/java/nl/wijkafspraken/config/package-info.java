/**
 * Infrastructure: the embedded PostgreSQL of the default run and the tests (with the application's own database
 * role beside the owner), the check that the application does not connect as superuser or owner
 * ({@code DatabaseRolControle}), and the demo data of the default run. Start-up work (demo data, first BEHEERDER)
 * runs in listeners of the {@code ApplicationReadyEvent}, in the main thread: Boot reports readiness only after
 * them, so nobody is sent to a half-loaded app. Never move it to another thread.
 * Publishes and consumes no events; no other module depends on it.
 */
package nl.wijkafspraken.config;
