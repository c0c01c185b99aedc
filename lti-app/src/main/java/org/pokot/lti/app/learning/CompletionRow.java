package org.pokot.lti.app.learning;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A module completed by a learner: what the grade passback delivers to the LMS gradebook. */
@Table("learning_completion")
record CompletionRow(@Id Long id, Long progressId, String registrationId, String deploymentId, String contextId,
                     String resourceLinkId, String userId, String packId, String moduleId, BigDecimal scoreGiven,
                     BigDecimal scoreMaximum, Instant completedAt) {
}
