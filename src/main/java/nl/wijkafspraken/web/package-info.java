/**
 * Web infrastructure: security (form login, CSRF, headers), the sessions in PostgreSQL shared by every instance of
 * the app (Spring Session JDBC, {@code Sessieopslag}; the session registry over that store; {@code Sessieduur}), the
 * layout's model (logged-in user, active gemeente), login and start page, and the Dutch error pages, among them the
 * page of a database outage (503, and a problem detail for the API) with the readiness check that goes DOWN meanwhile
 * ({@code Databasestoring}, {@code Databasegezondheid}). The start page says first what the logged-in person must do
 * now, per role (issue 15, part 4), and then is the medewerkers' dashboard, built from the public read methods of the
 * afspraken, convenant, besluit, ondertekening and post modules (web depends on them, never the other way round).
 * It also makes every create form submit exactly once ({@link nl.wijkafspraken.web.EenmaligeInzendingen}, for the
 * controller methods marked {@link nl.wijkafspraken.gedeeld.EenmaligeInzending}), with the table
 * {@code formulier_inzending}.
 * {@link nl.wijkafspraken.web.Middelen} gives the layout the versioned paths of the WebJar assets, looked up once, so
 * that no link of a page goes through Spring's resource chain (issue #11).
 * {@link nl.wijkafspraken.web.Datumformaat} reads and prints every {@code LocalDate} of a form or query string the
 * Dutch way (3-12-2026), registered once in {@code WebConfig}.
 * Publishes and consumes no events.
 */
package nl.wijkafspraken.web;
