/**
 * Web infrastructure: security (form login, CSRF, headers), the layout's model (logged-in user, active gemeente),
 * login and start page, and the Dutch error pages. The start page is the medewerkers' dashboard, built from the
 * public read methods of the afspraken and convenant modules (web depends on them, never the other way round).
 * {@link nl.wijkafspraken.web.Middelen} gives the layout the versioned paths of the WebJar assets, looked up once, so
 * that no link of a page goes through Spring's resource chain (issue #11).
 * Publishes and consumes no events.
 */
package nl.wijkafspraken.web;
