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
 * A learner's progress in a module read with plain statements, for {@link ProgressService#open}: the module page
 * every launch of a deep-linked activity lands on, the assessment page, and the writes that start from it. Loading
 * the aggregate through spring-data-jdbc, in a transaction, cost the app more CPU than the rest of such a launch
 * (docs/performance.md). Every write still goes through the aggregate.
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
        List<Head> heads = jdbc.query(PROGRESS, (r, n) -> new Head(r.getLong("id"), r.getString("current_unit"),
                        instant(r, "completed_at"), instant(r, "created_at"), instant(r, "updated_at"),
                        r.getLong("version")), key.registrationId(), key.deploymentId(), key.contextId(),
                key.resourceLinkId(), key.userId(), ref.pack().id(), ref.module().id());
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Head head = heads.get(0);
        List<UnitViewRow> views = jdbc.query(VIEWS, (r, n) -> new UnitViewRow(r.getString("unit_id"),
                instant(r, "viewed_at")), head.id());
        List<AttemptRow> attempts = jdbc.query(ATTEMPTS,
                (r, n) -> new AttemptRow(r.getInt("correct"), r.getInt("questions"), r.getInt("percent"),
                        r.getBoolean("passed"), r.getString("answers"), instant(r, "submitted_at")), head.id());
        return Optional.of(new ProgressRow(head.id(), key.registrationId(), key.deploymentId(), key.contextId(),
                key.resourceLinkId(), key.userId(), ref.pack().id(), ref.module().id(), head.currentUnit(),
                head.completedAt(), head.createdAt(), head.updatedAt(), head.version(), Set.copyOf(views), attempts));
    }

    /** The progress row's own columns; the key is the caller's. */
    private record Head(long id, String currentUnit, Instant completedAt, Instant createdAt, Instant updatedAt,
                        long version) {
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp value = r.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
