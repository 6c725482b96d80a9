/**
 * Shared kernel: the roles, the logged-in user as the domain sees it ({@link nl.wijkafspraken.gedeeld.Gebruiker}),
 * the one permission model ({@link nl.wijkafspraken.gedeeld.Rechten} with the role × action matrix
 * {@link nl.wijkafspraken.gedeeld.Rechtenmatrix}, which every module asks before it reads or changes anything and
 * which the templates ask as {@code @rechten}), and the exceptions that every module raises for "not found" and "not
 * allowed". Publishes and consumes no events.
 */
package nl.wijkafspraken.gedeeld;
