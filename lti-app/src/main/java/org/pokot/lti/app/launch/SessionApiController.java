package org.pokot.lti.app.launch;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the bearer of a session token is: the launch page calls it to show the session works without cookies. */
@RestController
class SessionApiController {

    @GetMapping("/api/session")
    SessionResponse session(@AuthenticationPrincipal Jwt jwt) {
        return new SessionResponse(jwt.getSubject(), jwt.getClaimAsString(SessionClaims.NAME),
                jwt.getClaimAsStringList(SessionClaims.ROLES), jwt.getClaimAsString(SessionClaims.CONTEXT),
                jwt.getClaimAsString(SessionClaims.RESOURCE_LINK), jwt.getExpiresAt().toString());
    }

    record SessionResponse(String userId, String name, List<String> roles, String contextId, String resourceLinkId,
                           String expiresAt) {
    }
}
