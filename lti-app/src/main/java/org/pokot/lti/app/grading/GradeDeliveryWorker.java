package org.pokot.lti.app.grading;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.app.launch.ResourceLinkRow;
import org.pokot.lti.app.launch.ResourceLinkRowRepository;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.service.ServiceOutcome;

/**
 * Delivers the outbox to the LMS gradebook and loses nothing: a row is retried with growing, jittered pauses (or
 * the platform's Retry-After) across LMS outages and restarts of the tool, until the LMS took it, already held a
 * later score (Moodle's 409), refused it for good, or it kept failing longer than {@code lti.grading.give-up-after}.
 * A crash mid-delivery leaves the row pending; sending it again is harmless, as the latest timestamp wins.
 */
@Component
public class GradeDeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(GradeDeliveryWorker.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 50;

    private final GradeOutboxRepository outbox;
    private final ResourceLinkRowRepository links;
    private final RegistrationRepository registrations;
    private final ScoreDelivery scores;
    private final Duration giveUpAfter;
    private final Clock clock;

    GradeDeliveryWorker(GradeOutboxRepository outbox, ResourceLinkRowRepository links,
                        RegistrationRepository registrations, ScoreDelivery scores, LtiProperties properties,
                        Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.registrations = registrations;
        this.scores = scores;
        this.giveUpAfter = properties.grading().giveUpAfter();
        this.clock = clock;
    }

    /** Delivers what is due; returns how many rows it handled. */
    @Scheduled(fixedDelayString = "${lti.grading.poll-interval:10s}", initialDelayString = "${lti.grading.poll-interval:10s}")
    public int runOnce() {
        int handled = 0;
        Instant now = clock.instant();
        for (GradeOutboxRow due : outbox.findDue(now, BATCH)) {
            if (outbox.claim(due.id(), now, now.plus(LEASE)) == 1) {
                outbox.save(attempt(due));
                handled++;
            }
        }
        return handled;
    }

    private GradeOutboxRow attempt(GradeOutboxRow row) {
        Instant now = clock.instant();
        if (!row.isGraded() && outbox.countDeliveredGrades(row.registrationId(), row.contextId(), row.resourceLinkId(),
                row.userId()) > 0) {
            // a score without a value can clear a grade in Moodle: progress never follows a delivered grade
            return row.finished(DeliveryStatus.SUPERSEDED, row.lineItemUrl(), "progress after a delivered grade", now);
        }
        Optional<PlatformRegistration> registration = registrations.findById(new RegistrationId(row.registrationId()));
        Optional<ResourceLinkRow> link = links.findByRegistrationIdAndDeploymentIdAndContextIdAndResourceLinkId(
                row.registrationId(), row.deploymentId(), row.contextId(), row.resourceLinkId());
        if (registration.isEmpty() || link.isEmpty()) {
            return row.finished(DeliveryStatus.NOT_GRADABLE, null, "the platform or the resource link is no longer "
                    + "registered", now);
        }
        ScoreDelivery.Attempt attempt;
        try {
            attempt = scores.deliver(registration.get(), link.get(), row,
                    Optional.ofNullable(row.lineItemUrl()).map(URI::create));
        } catch (RuntimeException e) {
            log.warn("Grade delivery {} failed unexpectedly; retrying later", row.id(), e);
            return retry(row, row.lineItemUrl(), e.getClass().getSimpleName(), Optional.empty(), now);
        }
        String lineItem = attempt.lineItem().map(URI::toString).orElse(row.lineItemUrl());
        if (attempt.notGradable()) {
            return row.finished(DeliveryStatus.NOT_GRADABLE, null, "the activity accepts no grades: its launches "
                    + "offered no line item, and no lineitem scope to create one", now);
        }
        ServiceOutcome.Failure<?> failure = attempt.failure();
        if (failure == null) {
            log.info("Grade outbox {} delivered ({}) to {}", row.id(), row.activityProgress(), lineItem);
            return row.finished(DeliveryStatus.DELIVERED, lineItem, null, now);
        }
        String reason = failure.problem().detail();
        if (failure instanceof ServiceOutcome.Conflict<?>) {
            return row.finished(DeliveryStatus.SUPERSEDED, lineItem, reason, now);
        }
        if (failure instanceof ServiceOutcome.Refused<?>) {
            log.warn("Grade outbox {} refused by the platform: {}", row.id(), reason);
            return row.finished(DeliveryStatus.DEAD, lineItem, reason, now);
        }
        Optional<Instant> retryAt = failure instanceof ServiceOutcome.Retryable<?> retryable ? retryable.retryAt()
                : Optional.empty();
        return retry(row, lineItem, reason, retryAt, now);
    }

    private GradeOutboxRow retry(GradeOutboxRow row, String lineItem, String reason, Optional<Instant> retryAt,
                                 Instant now) {
        if (now.isAfter(row.createdAt().plus(giveUpAfter))) {
            log.warn("Grade outbox {} given up after {}: {}", row.id(), giveUpAfter, reason);
            return row.finished(DeliveryStatus.DEAD, lineItem, "gave up after " + giveUpAfter + ": " + reason, now);
        }
        Instant next = retryAt.orElse(now.plus(backoff(row.attempts(), row.id())));
        log.info("Grade outbox {} not delivered yet ({}); next try at {}", row.id(), reason, next);
        return row.retryAt(next, lineItem, reason);
    }

    /**
     * 30 s, 1 min, 2 min … up to 6 h between tries, each spread by ±10 % (from the row id, so rows that failed
     * together do not all come back at once).
     */
    static Duration backoff(int attemptsSoFar, long rowId) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        if (wait.compareTo(LONGEST_RETRY) > 0) {
            wait = LONGEST_RETRY;
        }
        long spreadPercent = Math.floorMod(rowId * 7919, 21) - 10;
        return wait.plus(wait.multipliedBy(spreadPercent).dividedBy(100));
    }
}
