package org.pokot.lti.app.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.pack.PackCatalog.ModuleRef;

/**
 * A learner's progress in a module read with plain statements, for the pages that only show it: the module page
 * every launch of a deep-linked activity lands on, and the assessment page. Loading the aggregate through
 * spring-data-jdbc, in a transaction, cost the app more CPU than the rest of such a launch (docs/performance.md).
 * The rows are the ones {@link ProgressService} writes; every write still goes through it.
 */
@Component
class ProgressReads {

    private static final String PROGRESS = "SELECT id, current_unit, completed_at, created_at, updated_at, version "
            + "FROM learning_progress WHERE registration_id = ? AND deployment_id = ? AND context_id = ? "
            + "AND resource_link_id = ? AND user_id = ? AND pack_id = ? AND module_id = ?";
    private static final String VIEWS = "SELECT unit_id, viewed_at FROM learning_unit_view WHERE progress_id = ?";
    private static final String ATTEMPTS = "SELECT correct, questions, percent, passed, answers, submitted_at "
            + "FROM assessment_attempt WHERE progress_id = ? ORDER BY attempt_no";

    private final JdbcTemplate jdbc;

    ProgressReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The learner's row with its unit views and attempts, as the aggregate would load it; empty before the first visit. */
    Optional<ProgressRow> find(LearnerKey key, ModuleRef ref) {
        List<ProgressRow> rows = jdbc.query(PROGRESS, (r, n) -> progress(r, key, ref), key.registrationId(),
                key.deploymentId(), key.contextId(), key.resourceLinkId(), key.userId(), ref.pack().id(),
                ref.module().id());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ProgressRow row = rows.get(0);
        List<UnitViewRow> views = jdbc.query(VIEWS, (r, n) -> new UnitViewRow(r.getString("unit_id"),
                instant(r, "viewed_at")), row.id());
        List<AttemptRow> attempts = jdbc.query(ATTEMPTS,
                (r, n) -> new AttemptRow(r.getInt("correct"), r.getInt("questions"), r.getInt("percent"),
                        r.getBoolean("passed"), r.getString("answers"), instant(r, "submitted_at")), row.id());
        return Optional.of(new ProgressRow(row.id(), row.registrationId(), row.deploymentId(), row.contextId(),
                row.resourceLinkId(), row.userId(), row.packId(), row.moduleId(), row.currentUnit(), row.completedAt(),
                row.createdAt(), row.updatedAt(), row.version(), Set.copyOf(views), attempts));
    }

    private static ProgressRow progress(ResultSet r, LearnerKey key, ModuleRef ref) throws SQLException {
        return new ProgressRow(r.getLong("id"), key.registrationId(), key.deploymentId(), key.contextId(),
                key.resourceLinkId(), key.userId(), ref.pack().id(), ref.module().id(), r.getString("current_unit"),
                instant(r, "completed_at"), instant(r, "created_at"), instant(r, "updated_at"), r.getLong("version"),
                null, null);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp value = r.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
