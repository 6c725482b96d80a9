/**
 * Web infrastructure: security (form login, CSRF, headers), the layout's model (logged-in user, active gemeente),
 * login and start page, and the Dutch error pages. Publishes and consumes no events.
 */
package nl.wijkafspraken.web;
