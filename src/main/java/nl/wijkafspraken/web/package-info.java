/**
 * Web infrastructure: security (form login, CSRF, headers), the sessions in PostgreSQL shared by every instance of
 * the app (Spring Session JDBC, {@code Sessieopslag}; the session registry over that store; {@code Sessieduur}), the
 * layout's model (logged-in user, active gemeente), login and start page, and the Dutch error pages. The start page is the medewerkers' dashboard, built from the
 * public read methods of the afspraken and convenant modules (web depends on them, never the other way round).
 * Publishes and consumes no events.
 */
package nl.wijkafspraken.web;
