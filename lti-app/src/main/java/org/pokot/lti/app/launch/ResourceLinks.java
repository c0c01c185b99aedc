package org.pokot.lti.app.launch;

import java.net.URI;
import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.AgsEndpointClaim;
import org.pokot.lti.core.message.ContextClaim;
import org.pokot.lti.core.message.ResourceLinkLaunch;

/**
 * Keeps each resource link as its latest launch described it, with the AGS endpoints offered there (Moodle sends
 * {@code lineitem} only when the activity accepts grades). Written only after a launch passed every check.
 */
@Component
public class ResourceLinks {

    private final ResourceLinkRowRepository rows;
    private final Clock clock;

    ResourceLinks(ResourceLinkRowRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional
    void record(ValidatedLaunch launch, ResourceLinkLaunch message) {
        try {
            upsert(launch, message);
        } catch (DuplicateKeyException e) {
            upsert(launch, message); // a concurrent first launch of the same link inserted it: update that row
        }
    }

    private void upsert(ValidatedLaunch launch, ResourceLinkLaunch message) {
        String registrationId = launch.registration().id().value();
        String deploymentId = message.claims().deploymentId().value();
        String contextId = message.claims().context().map(ContextClaim::id).orElse("");
        String linkId = message.resourceLink().id();
        var ags = message.claims().ags();
        Long id = rows.findByRegistrationIdAndDeploymentIdAndContextIdAndResourceLinkId(registrationId, deploymentId,
                contextId, linkId).map(ResourceLinkRow::id).orElse(null);
        rows.save(new ResourceLinkRow(id, registrationId, deploymentId, contextId, linkId,
                message.resourceLink().title().orElse(null),
                ags.map(a -> String.join(" ", a.scopes())).orElse(null),
                ags.flatMap(AgsEndpointClaim::lineItems).map(URI::toString).orElse(null),
                ags.flatMap(AgsEndpointClaim::lineItem).map(URI::toString).orElse(null),
                message.claims().custom().get(SessionClaims.MODULE).orElse(null),
                clock.instant()));
    }
}
