/**
 * Audit trail: every change in any module appends one line (who, gemeente, action, object, summary, UTC time,
 * client IP) in the same transaction as the change, through {@link nl.wijkafspraken.audit.AuditService}. The table
 * is append-only (a database trigger refuses updates and deletes). A BEHEERDER browses the lines of the active
 * gemeente. Publishes and consumes no events: a synchronous call keeps the line in the change's own transaction.
 */
package nl.wijkafspraken.audit;
