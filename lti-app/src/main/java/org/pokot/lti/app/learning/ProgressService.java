package org.pokot.lti.app.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.app.learning.AssessmentGrader.GradedAttempt;
import org.pokot.lti.app.pack.PackCatalog.ModuleRef;
import org.pokot.lti.app.pack.PackModel.Module;

/**
 * A learner's way through one module: unit views, the resume point, attempts, and completion. The writes run in
 * transactions; opening a module reads with plain statements ({@link ProgressReads}) and needs none, since a
 * first visit's row is one INSERT.
 */
@Service
class ProgressService {

    private final ProgressRowRepository progress;
    private final ProgressReads reads;
    private final CompletionRowRepository completions;
    private final ScoreOutbox outbox;
    private final Clock clock;

    ProgressService(ProgressRowRepository progress, ProgressReads reads, CompletionRowRepository completions,
                    ScoreOutbox outbox, Clock clock) {
        this.progress = progress;
        this.reads = reads;
        this.completions = completions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The learner's progress in the module, made on the first visit. */
    ProgressRow open(LearnerKey key, ModuleRef ref) {
        return reads.find(key, ref).orElseGet(() -> {
                    Instant now = clock.instant();
                    return progress.save(new ProgressRow(null, key.registrationId(), key.deploymentId(),
                            key.contextId(), key.resourceLinkId(), key.userId(), ref.pack().id(), ref.module().id(),
                            null, null, now, now, null, Set.of(), List.of()));
                });
    }

    /**
     * Records that the learner saw the unit, and makes it the resume point. The first unit opened tells the
     * gradebook the learner has started (reading further units is not sent: the gradebook shows nothing of it).
     */
    @Transactional
    ProgressRow viewUnit(LearnerKey key, ModuleRef ref, String unitId) {
        ProgressRow row = open(key, ref);
        Instant now = clock.instant();
        if (row.views().isEmpty() && !row.isCompleted()) {
            outbox.add(ScoreEvent.started(key, ref.pack().id(), ref.module().id(), now));
        }
        Set<UnitViewRow> views = new HashSet<>(row.views());
        if (!row.hasViewed(unitId)) {
            views.add(new UnitViewRow(unitId, now));
        }
        return progress.save(new ProgressRow(row.id(), row.registrationId(), row.deploymentId(), row.contextId(),
                row.resourceLinkId(), row.userId(), row.packId(), row.moduleId(), unitId, row.completedAt(),
                row.createdAt(), now, row.version(), views, row.attempts()));
    }

    /**
     * Grades and stores an attempt. A passing attempt completes the module; its completion record and the score for
     * the gradebook are written in the same transaction, so they exist exactly when a passing attempt does.
     */
    @Transactional
    SubmitOutcome submit(LearnerKey key, ModuleRef ref, Map<String, Set<String>> answers) {
        Module module = ref.module();
        ProgressRow row = open(key, ref);
        AssessmentState state = AssessmentState.of(module, row);
        if (!state.isOpen()) {
            return new SubmitOutcome.Refused(state);
        }
        GradedAttempt graded = AssessmentGrader.grade(module, answers);
        Instant now = clock.instant();
        List<AttemptRow> attempts = new ArrayList<>(row.attempts());
        attempts.add(new AttemptRow(graded.correct(), graded.questions(), graded.percent(), graded.passed(),
                graded.encodedAnswers(), now));
        ProgressRow saved = progress.save(new ProgressRow(row.id(), row.registrationId(), row.deploymentId(),
                row.contextId(), row.resourceLinkId(), row.userId(), row.packId(), row.moduleId(), row.currentUnit(),
                graded.passed() ? now : null, row.createdAt(), now, row.version(), row.views(), attempts));
        AssessmentState after = AssessmentState.of(module, saved);
        if (graded.passed()) {
            completions.save(new CompletionRow(null, saved.id(), key.registrationId(), key.deploymentId(),
                    key.contextId(), key.resourceLinkId(), key.userId(), ref.pack().id(), module.id(),
                    graded.scoreGiven(), graded.scoreMaximum(), now));
        }
        // The pass, or the last allowed attempt failing: either is the final score, reported as it is.
        if (graded.passed() || after.status() == AssessmentState.Status.NO_ATTEMPTS_LEFT) {
            outbox.add(ScoreEvent.graded(key, ref.pack().id(), module.id(), graded.scoreGiven(),
                    graded.scoreMaximum(), now));
        } else {
            // a failed attempt with attempts left: still working on it, and no grade to show yet
            outbox.add(ScoreEvent.inProgress(key, ref.pack().id(), module.id(), now));
        }
        return new SubmitOutcome.Graded(graded, attempts.size(), after);
    }

    sealed interface SubmitOutcome {
        record Graded(GradedAttempt attempt, int attemptNumber, AssessmentState after) implements SubmitOutcome {
        }

        record Refused(AssessmentState state) implements SubmitOutcome {
        }
    }
}
