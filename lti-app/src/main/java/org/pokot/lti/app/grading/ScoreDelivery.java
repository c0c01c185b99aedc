package org.pokot.lti.app.grading;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.pokot.lti.app.launch.ResourceLinkRow;
import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.core.ags.ActivityProgress;
import org.pokot.lti.core.ags.AgsClient;
import org.pokot.lti.core.ags.GradingProgress;
import org.pokot.lti.core.ags.AgsScopes;
import org.pokot.lti.core.ags.LineItem;
import org.pokot.lti.core.ags.LineItemQuery;
import org.pokot.lti.core.ags.Score;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.service.ServiceOutcome;
import org.pokot.lti.core.service.ServicePlatform;

/**
 * Sends one outbox row: progress, or a final score. The activity's own line item (the launch's {@code lineitem})
 * comes first when the activity names the row's module: in Moodle only it drives activity completion. Otherwise
 * (no such line item, or a link that opens the module list) the tool finds or creates a line item for the module
 * (by resourceId = module id and resourceLinkId) when the platform gave it the lineitem scope.
 */
@Component
class ScoreDelivery {

    private final AgsClient ags;
    private final PackCatalog catalog;

    ScoreDelivery(AgsClient ags, PackCatalog catalog) {
        this.ags = ags;
        this.catalog = catalog;
    }

    Attempt deliver(PlatformRegistration registration, ResourceLinkRow link, GradeOutboxRow completion,
                    Optional<URI> knownLineItem) {
        ServicePlatform platform = ServicePlatform.of(registration);
        // the activity's own column belongs to the module the activity names, and to no other
        boolean activitysModule = completion.moduleId().equals(link.moduleId());
        URI lineItem;
        if (knownLineItem.isPresent()) {
            lineItem = knownLineItem.get();
        } else if (link.agsLineItem() != null && activitysModule) {
            lineItem = URI.create(link.agsLineItem());
        } else if (link.agsLineItems() != null && scopes(link).contains(AgsScopes.LINE_ITEM)) {
            ServiceOutcome<URI> found = findOrCreate(platform, URI.create(link.agsLineItems()), completion);
            if (!(found instanceof ServiceOutcome.Success<URI> success)) {
                return new Attempt(Optional.empty(), (ServiceOutcome.Failure<?>) found);
            }
            lineItem = success.value();
        } else {
            return new Attempt(Optional.empty(), null);
        }
        Score score = completion.isGraded()
                ? Score.fullyGraded(completion.userId(), completion.scoreGiven().doubleValue(),
                        completion.scoreMaximum().doubleValue(), completion.scoreTimestamp())
                        .withComment(comment(completion))
                : Score.progress(completion.userId(), ActivityProgress.valueOf(completion.activityProgress()),
                        GradingProgress.valueOf(completion.gradingProgress()), completion.scoreTimestamp());
        ServiceOutcome<?> outcome = ags.postScore(platform, lineItem, score);
        return new Attempt(Optional.of(lineItem), outcome instanceof ServiceOutcome.Failure<?> f ? f : null);
    }

    private ServiceOutcome<URI> findOrCreate(ServicePlatform platform, URI lineItems, GradeOutboxRow completion) {
        ServiceOutcome<List<LineItem>> existing = ags.lineItems(platform, lineItems, LineItemQuery.all()
                .withResourceLinkId(completion.resourceLinkId()).withResourceId(completion.moduleId()));
        if (existing instanceof ServiceOutcome.Success<List<LineItem>> found) {
            Optional<URI> match = found.value().stream()
                    .filter(item -> item.resourceId().map(completion.moduleId()::equals).orElse(false))
                    .map(LineItem::id).flatMap(Optional::stream).findFirst();
            if (match.isPresent()) {
                return new ServiceOutcome.Success<>(match.get());
            }
            LineItem wanted = LineItem.of(title(completion), maximum(completion))
                    .withResourceId(completion.moduleId()).withResourceLinkId(completion.resourceLinkId())
                    .withTag("pokot");
            return ags.createLineItem(platform, lineItems, wanted).map(created -> created.id().orElseThrow());
        }
        return ((ServiceOutcome.Failure<List<LineItem>>) existing).retype();
    }

    private double maximum(GradeOutboxRow row) {
        if (row.scoreMaximum() != null) {
            return row.scoreMaximum().doubleValue();
        }
        return catalog.module(row.packId(), row.moduleId()).map(ref -> (double) ref.module().maxScore()).orElse(100.0);
    }

    private String title(GradeOutboxRow completion) {
        return catalog.module(completion.packId(), completion.moduleId()).map(ref -> ref.module().title().in("en"))
                .orElse(completion.moduleId());
    }

    private String comment(GradeOutboxRow completion) {
        return "POKOT module: " + title(completion);
    }

    private static Set<String> scopes(ResourceLinkRow link) {
        return link.agsScopes() == null ? Set.of() : Set.copyOf(Arrays.asList(link.agsScopes().split(" ")));
    }

    /**
     * @param lineItem the line item the score went to (or would have), once known
     * @param failure  null when the score was taken, or when there was nowhere to send it (no line item)
     */
    record Attempt(Optional<URI> lineItem, ServiceOutcome.Failure<?> failure) {

        boolean notGradable() {
            return lineItem.isEmpty() && failure == null;
        }
    }
}
