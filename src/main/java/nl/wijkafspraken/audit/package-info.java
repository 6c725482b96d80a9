/**
 * Audit trail: every change in any module appends one line (who, gemeente, action, object, summary, UTC time,
 * client IP) in the same transaction as the change, through {@link nl.wijkafspraken.audit.AuditService}. The table
 * is append-only (a database trigger refuses updates and deletes). A BEHEERDER browses the lines of the active
 * gemeente, in Dutch words ({@code web/Auditweergave}: the codes, dates and old → new values of a line made
 * readable when shown, never rewritten; {@code web/Auditobjecten}: the one map from object type to its page). A
 * change to personal or signing data is written through
 * {@link nl.wijkafspraken.audit.AuditService#registreerWijziging}: the caller passes a snapshot record before and
 * after, and {@link nl.wijkafspraken.audit.Wijziging} writes every changed field with its old and new value, so no
 * form can leave them out. Publishes and consumes no events: a synchronous call keeps the line in the change's own
 * transaction.
 *
 * <p>Also the verifier of the hash chains over the evidence of all modules (audit trail, signatures, refusals,
 * sealed documents; migration V49): {@link nl.wijkafspraken.audit.Ketencontrole}, shown to a BEHEERDER at
 * {@code /beheer/ketens} and run by the operator as {@code --ketencontrole}. It reads those tables by SQL only, so
 * it depends on no other module.
 */
package nl.wijkafspraken.audit;
