package org.pokot.lti.app.audit;

import java.time.Instant;

/** One stored line of the audit log. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String subject,
                         String detail) {
}
