package org.pokot.lti.app.learning;

import java.util.Objects;

import org.springframework.security.oauth2.jwt.Jwt;

import org.pokot.lti.app.launch.SessionClaims;

/**
 * Whose progress a request may touch: read only from the signed session token, never from request parameters,
 * so no id a learner can edit reaches another learner's data.
 */
public record LearnerKey(String registrationId, String deploymentId, String contextId, String resourceLinkId, String userId) {

    public LearnerKey {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(deploymentId, "deploymentId");
        contextId = contextId == null ? "" : contextId;
        resourceLinkId = resourceLinkId == null ? "" : resourceLinkId;
        Objects.requireNonNull(userId, "userId");
    }

    static LearnerKey of(Jwt session) {
        return new LearnerKey(session.getClaimAsString(SessionClaims.REGISTRATION),
                session.getClaimAsString(SessionClaims.DEPLOYMENT), session.getClaimAsString(SessionClaims.CONTEXT),
                session.getClaimAsString(SessionClaims.RESOURCE_LINK), session.getSubject());
    }
}
