package org.pokot.lti.app.learning;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** @param answers the chosen option ids, {@code question=a,b;question2=c} */
@Table("assessment_attempt")
public record AttemptRow(int correct, int questions, int percent, boolean passed, String answers, Instant submittedAt) {
}
