/**
 * Infrastructure: where the database comes from, and what a new installation starts with.
 * <ul>
 * <li><b>Modes</b> ({@code EmbeddedPostgresEnvironmentPostProcessor}): production needs {@code spring.datasource.url}
 * and otherwise stops at once with Boot's failure report ({@code GeenDatabaseException}, {@code GeenDatabaseAnalyzer});
 * the demo mode ({@code wijkafspraken.modus=demo}, set by {@code ./mvnw spring-boot:run} and the tests) starts an
 * embedded PostgreSQL when no database is configured. The packaged jar leaves the embedded PostgreSQL out.</li>
 * <li><b>Embedded PostgreSQL</b> ({@code EmbeddedPostgresServer}): durable ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes} on) on a kept folder, zonky's fast settings on the tests' throw-away one; a PostgreSQL left
 * running by a killed earlier run is stopped before the start, a folder held by anything else is refused with its PID
 * ({@code AchtergeblevenPostmaster}); with the application's own database role beside the owner.</li>
 * <li>The check that the application does not connect as superuser or owner ({@code DatabaseRolControle}), the
 * demo data of the demo mode ({@code DemoData}), and the first BEHEERDER of a new installation
 * ({@code EersteBeheerder}). Start-up work (demo data, first BEHEERDER) runs in listeners of the
 * {@code ApplicationReadyEvent}, in the main thread: Boot reports readiness only after them, so nobody is sent to a
 * half-loaded app. Never move it to another thread.</li>
 * </ul>
 * Publishes and consumes no events; no other module depends on it.
 */
package nl.wijkafspraken.config;
