package org.pokot.lti.app.audit;

import java.util.List;

/** One page of the audit log, newest first; {@code number} counts from 0. */
public record AuditPage(List<AuditEntry> entries, int number, boolean hasNext) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasPrevious() {
        return number > 0;
    }
}
