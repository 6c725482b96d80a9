/**
 * Accounts and their roles per gemeente, login, the active gemeente, and the BEHEERDER's user management. Provides
 * the {@link nl.wijkafspraken.gedeeld.HuidigeGebruiker} that every module uses to scope its queries. Publishes and
 * consumes no events.
 */
package nl.wijkafspraken.account;
