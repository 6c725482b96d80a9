/**
 * Accounts and their roles per gemeente, login, the active gemeente, and the BEHEERDER's user management; the
 * password policy, the user's own password change, deactivation, ending a user's sessions, and login throttling
 * per name and per IP address with its lines in the audit trail. SSO: login through the gemeente's OpenID Connect
 * provider ({@link nl.wijkafspraken.account.SsoAanmelding}), for accounts a BEHEERDER linked to the person's issuer and
 * subject ({@link nl.wijkafspraken.account.SsoKoppelingService}), granting {@code FACTOR_IDP_MFA} when the provider
 * reports multi-factor authentication. Provides
 * the {@link nl.wijkafspraken.gedeeld.HuidigeGebruiker} that every module uses to scope its queries. Separation of
 * duties: nobody changes their own roles, and BEHEERDER or BESTUURDER wait for a second BEHEERDER
 * ({@link nl.wijkafspraken.account.RolverzoekService}). Offers the accounts of a gemeente to link to
 * ({@link nl.wijkafspraken.account.AccountKeuze}), and what the second factor needs of an account
 * ({@link nl.wijkafspraken.account.Inlogprofiel}). Publishes and consumes no events.
 */
package nl.wijkafspraken.account;
