package org.pokot.lti.app.grading;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A completion as the learning feature stored it: grading only reads these rows. */
@Table("learning_completion")
record CompletionRecord(@Id Long id, Long progressId, String registrationId, String deploymentId, String contextId,
                        String resourceLinkId, String userId, String packId, String moduleId, BigDecimal scoreGiven,
                        BigDecimal scoreMaximum, Instant completedAt) {
}
