/**
 * Tweede factor (issue 12, part 3): passkeys (Spring Security's WebAuthn, credentials in PostgreSQL), TOTP (RFC
 * 6238) and recovery codes; the gate that sends a user who passed only the password (or SSO without the IdP's MFA)
 * to the second factor, or to enrolment when the account holds BEHEERDER, SECRETARIS or BESTUURDER in any gemeente;
 * and the step-up confirmation the wethouder gives at the moment of signing
 * ({@link nl.wijkafspraken.tweedefactor.TweedeFactorService#bevestigingVoorOndertekenen()}). The one class that
 * decides whether the second factor is satisfied is {@link nl.wijkafspraken.tweedefactor.TweedeFactorBeleid}.
 * Enrolment, removal, success and failure and the use of a recovery code go to the audit trail. Publishes and
 * consumes no events.
 */
package nl.wijkafspraken.tweedefactor;
