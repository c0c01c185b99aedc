package org.pokot.lti.app.grading;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("grade_outbox")
record GradeOutboxRow(@Id Long id, String registrationId, String deploymentId, String contextId,
                      String resourceLinkId, String userId, String packId, String moduleId, String activityProgress,
                      String gradingProgress, BigDecimal scoreGiven, BigDecimal scoreMaximum, Instant scoreTimestamp,
                      String status, String lineItemUrl, int attempts, Instant nextAttemptAt, Instant lockedUntil,
                      String lastError, Instant deliveredAt, Instant createdAt) {

    boolean isGraded() {
        return scoreGiven != null;
    }

    GradeOutboxRow finished(DeliveryStatus outcome, String lineItem, String error, Instant now) {
        return new GradeOutboxRow(id, registrationId, deploymentId, contextId, resourceLinkId, userId, packId, moduleId,
                activityProgress, gradingProgress, scoreGiven, scoreMaximum, scoreTimestamp, outcome.name(), lineItem,
                attempts + 1, nextAttemptAt, null, error, outcome == DeliveryStatus.DELIVERED ? now : deliveredAt,
                createdAt);
    }

    GradeOutboxRow retryAt(Instant next, String lineItem, String error) {
        return new GradeOutboxRow(id, registrationId, deploymentId, contextId, resourceLinkId, userId, packId, moduleId,
                activityProgress, gradingProgress, scoreGiven, scoreMaximum, scoreTimestamp,
                DeliveryStatus.PENDING.name(), lineItem, attempts + 1, next, null, error, deliveredAt, createdAt);
    }
}
