package org.pokot.lti.app.keys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;
import org.pokot.lti.core.jwks.ToolKeyChange;
import org.pokot.lti.core.jwks.ToolKeyChange.KeyRetired;
import org.pokot.lti.core.jwks.ToolKeyChange.NextKeyActivated;
import org.pokot.lti.core.jwks.ToolKeyChange.NextKeyPublished;

/** Every step of a rotation goes to the audit log, named by kid: who made it, and what platforms will see. */
@Component
class ToolKeyAudit {

    /** The actor of the steps the schedule makes. */
    static final String SCHEDULER = "scheduler";

    private final ApplicationEventPublisher events;

    ToolKeyAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    void record(String actor, ToolKeyChange change) {
        events.publishEvent(toEvent(actor, change));
    }

    static AuditEvent toEvent(String actor, ToolKeyChange change) {
        if (change instanceof NextKeyPublished published) {
            return new AuditEvent(actor, AuditAction.KEY_ROTATED, published.kid(),
                    "next key published; it signs from " + published.signsFrom());
        }
        if (change instanceof NextKeyActivated activated) {
            return new AuditEvent(actor, AuditAction.KEY_ROTATED, activated.kid(), "now signs; "
                    + activated.replacedKid() + " stays published until " + activated.replacedRetiresAt());
        }
        KeyRetired retired = (KeyRetired) change;
        return new AuditEvent(actor, AuditAction.KEY_RETIRED, retired.kid(), "no longer published");
    }
}
