package org.pokot.lti.app.grading;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.launch.ResourceLinkRow;
import org.pokot.lti.app.launch.ResourceLinkRowRepository;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.service.ServiceOutcome;

/**
 * Delivers completions to the LMS gradebook, and loses none: each completion gets an outbox row; a row is
 * retried with growing pauses (or the platform's Retry-After) across LMS outages and restarts of the tool, until
 * the LMS took the score, already held a later one (Moodle's 409), or refused it for good.
 */
@Component
public class GradeDeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(GradeDeliveryWorker.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);
    static final Duration LOCK = Duration.ofMinutes(2);

    private final CompletionRecordRepository completions;
    private final GradeDeliveryRepository deliveries;
    private final ResourceLinkRowRepository links;
    private final RegistrationRepository registrations;
    private final ScoreDelivery scores;
    private final Clock clock;

    GradeDeliveryWorker(CompletionRecordRepository completions, GradeDeliveryRepository deliveries,
                        ResourceLinkRowRepository links, RegistrationRepository registrations, ScoreDelivery scores,
                        Clock clock) {
        this.completions = completions;
        this.deliveries = deliveries;
        this.links = links;
        this.registrations = registrations;
        this.scores = scores;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lti.grading.poll-interval:10s}", initialDelayString = "${lti.grading.poll-interval:10s}")
    public void runOnce() {
        enqueueNewCompletions();
        Instant now = clock.instant();
        for (GradeDeliveryRow due : deliveries.findDue(now)) {
            if (deliveries.claim(due.id(), now, now.plus(LOCK)) == 1) {
                deliveries.save(attempt(due));
            }
        }
    }

    private void enqueueNewCompletions() {
        for (CompletionRecord completion : completions.findWithoutDelivery()) {
            // Moodle keeps a score only when its timestamp is later than the last one, at one-second resolution
            Instant timestamp = completion.completedAt().truncatedTo(ChronoUnit.MILLIS);
            Optional<Instant> latest = deliveries.latestScoreTimestamp(completion.registrationId(),
                    completion.contextId(), completion.resourceLinkId(), completion.userId());
            if (latest.isPresent() && timestamp.isBefore(latest.get().plusSeconds(1))) {
                timestamp = latest.get().plusSeconds(1);
            }
            Instant now = clock.instant();
            deliveries.save(new GradeDeliveryRow(null, completion.id(), DeliveryStatus.PENDING.name(), null, timestamp,
                    0, now, null, null, null, now));
        }
    }

    private GradeDeliveryRow attempt(GradeDeliveryRow row) {
        Instant now = clock.instant();
        CompletionRecord completion = completions.findById(row.completionId()).orElseThrow();
        Optional<PlatformRegistration> registration = registrations.findById(new RegistrationId(completion.registrationId()));
        Optional<ResourceLinkRow> link = links.findByRegistrationIdAndDeploymentIdAndContextIdAndResourceLinkId(
                completion.registrationId(), completion.deploymentId(), completion.contextId(),
                completion.resourceLinkId());
        if (registration.isEmpty() || link.isEmpty()) {
            return row.finished(DeliveryStatus.NOT_GRADABLE, null, "the platform or the resource link is no longer "
                    + "registered", now);
        }
        ScoreDelivery.Attempt attempt;
        try {
            attempt = scores.deliver(registration.get(), link.get(), completion, row.scoreTimestamp(),
                    Optional.ofNullable(row.lineItemUrl()).map(URI::create));
        } catch (RuntimeException e) {
            log.warn("Grade delivery {} failed unexpectedly; retrying later", row.id(), e);
            return row.retryAt(now.plus(backoff(row.attempts())), row.lineItemUrl(), e.getClass().getSimpleName());
        }
        String lineItem = attempt.lineItem().map(URI::toString).orElse(row.lineItemUrl());
        if (attempt.notGradable()) {
            return row.finished(DeliveryStatus.NOT_GRADABLE, null, "the activity accepts no grades: its launches "
                    + "offered no line item, and no lineitem scope to create one", now);
        }
        ServiceOutcome.Failure<?> failure = attempt.failure();
        if (failure == null) {
            log.info("Grade delivered for completion {} to {}", completion.id(), lineItem);
            return row.finished(DeliveryStatus.DELIVERED, lineItem, null, now);
        }
        String reason = failure.problem().detail();
        if (failure instanceof ServiceOutcome.Conflict<?>) {
            return row.finished(DeliveryStatus.SUPERSEDED, lineItem, reason, now);
        }
        if (failure instanceof ServiceOutcome.Refused<?>) {
            log.warn("Grade for completion {} refused by the platform: {}", completion.id(), reason);
            return row.finished(DeliveryStatus.FAILED, lineItem, reason, now);
        }
        Instant next = failure instanceof ServiceOutcome.Retryable<?> retryable && retryable.retryAt().isPresent()
                ? retryable.retryAt().get() : now.plus(backoff(row.attempts()));
        log.info("Grade for completion {} not delivered yet ({}); next try at {}", completion.id(), reason, next);
        return row.retryAt(next, lineItem, reason);
    }

    /** 30 s, 1 min, 2 min … up to 6 h between tries. */
    static Duration backoff(int attemptsSoFar) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }
}
