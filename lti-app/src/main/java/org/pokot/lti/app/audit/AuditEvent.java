package org.pokot.lti.app.audit;

import java.util.Objects;

/**
 * One entry of the audit log, published as an application event by whoever made the change; the audit log
 * stores it. Never carries a secret: {@code detail} is for ids, URLs and plain-words outcomes.
 *
 * @param actor   who did it: the admin's user name, or {@code platform:<issuer>} for a dynamic registration
 * @param action  what was done
 * @param subject what it was done to (a registration id, a key id), or empty
 * @param detail  a short human-readable note
 */
public record AuditEvent(String actor, AuditAction action, String subject, String detail) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }
}
