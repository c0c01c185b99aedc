package org.pokot.lti.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Stores every {@link AuditEvent} and reads the log back a page at a time. An event published inside a transaction
 * is written just before that transaction commits, in it: the change and its audit line are kept or lost together.
 */
@Repository
public class AuditLog {

    static final int PAGE_SIZE = 50;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void record(AuditEvent event) {
        jdbc.update("INSERT INTO admin_audit_log (occurred_at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), cut(event.actor(), 255), event.action().name(),
                cut(event.subject(), 255), cut(event.detail(), 1024));
    }

    /** Page {@code number} (from 0), newest first. */
    public AuditPage page(int number) {
        int page = Math.max(0, number);
        List<AuditEntry> rows = jdbc.query("SELECT id, occurred_at, actor, action, subject, detail FROM admin_audit_log"
                + " ORDER BY id DESC LIMIT ? OFFSET ?", AuditLog::toEntry, PAGE_SIZE + 1, (long) page * PAGE_SIZE);
        return new AuditPage(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)), page, rows.size() > PAGE_SIZE);
    }

    private static AuditEntry toEntry(ResultSet r, int row) throws SQLException {
        return new AuditEntry(r.getLong("id"), r.getTimestamp("occurred_at").toInstant(), r.getString("actor"),
                AuditAction.valueOf(r.getString("action")), r.getString("subject"), r.getString("detail"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
