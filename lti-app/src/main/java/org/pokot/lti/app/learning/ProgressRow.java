package org.pokot.lti.app.learning;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The progress aggregate: one module for one learner in one resource link, with its unit views and attempts. */
@Table("learning_progress")
public record ProgressRow(
        @Id Long id,
        String registrationId,
        String deploymentId,
        String contextId,
        String resourceLinkId,
        String userId,
        String packId,
        String moduleId,
        String currentUnit,
        Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version,
        @MappedCollection(idColumn = "progress_id") Set<UnitViewRow> views,
        @MappedCollection(idColumn = "progress_id", keyColumn = "attempt_no") List<AttemptRow> attempts) {

    public ProgressRow {
        views = views == null ? Set.of() : Set.copyOf(views);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    public boolean hasViewed(String unitId) {
        return views.stream().anyMatch(v -> v.unitId().equals(unitId));
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
