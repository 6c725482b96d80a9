/**
 * Accounts and their roles per gemeente, login, the active gemeente, and the BEHEERDER's user management; the
 * password policy, the user's own password change, deactivation, ending a user's sessions, and login throttling
 * per name and per IP address with its lines in the audit trail. Provides
 * the {@link nl.wijkafspraken.gedeeld.HuidigeGebruiker} that every module uses to scope its queries. Publishes and
 * consumes no events.
 */
package nl.wijkafspraken.account;
