package org.pokot.lti.app.grading;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("grade_delivery")
record GradeDeliveryRow(@Id Long id, Long completionId, String status, String lineItemUrl, Instant scoreTimestamp,
                        int attempts, Instant nextAttemptAt, Instant lockedUntil, String lastError,
                        Instant deliveredAt, Instant createdAt) {

    GradeDeliveryRow finished(DeliveryStatus outcome, String lineItem, String error, Instant now) {
        return new GradeDeliveryRow(id, completionId, outcome.name(), lineItem, scoreTimestamp, attempts + 1,
                nextAttemptAt, null, error, outcome == DeliveryStatus.DELIVERED ? now : deliveredAt, createdAt);
    }

    GradeDeliveryRow retryAt(Instant next, String lineItem, String error) {
        return new GradeDeliveryRow(id, completionId, DeliveryStatus.PENDING.name(), lineItem, scoreTimestamp,
                attempts + 1, next, null, error, deliveredAt, createdAt);
    }
}
