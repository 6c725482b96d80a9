/**
 * Shared kernel: the roles, the logged-in user as the domain sees it ({@link nl.wijkafspraken.gedeeld.Gebruiker}),
 * and the exceptions that every module raises for "not found" and "not allowed". Publishes and consumes no events.
 */
package nl.wijkafspraken.gedeeld;
