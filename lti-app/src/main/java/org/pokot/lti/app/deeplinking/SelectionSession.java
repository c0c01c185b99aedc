package org.pokot.lti.app.deeplinking;

import java.util.Locale;

import org.springframework.security.oauth2.jwt.Jwt;

import org.pokot.lti.app.launch.DeepLinkingSettings;
import org.pokot.lti.app.launch.SessionClaims;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.message.DeepLinkingSettingsClaim;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.RegistrationId;

/** A teacher's content selection, as the signed session token of the deep-linking request carries it. */
public record SelectionSession(String token, RegistrationId registrationId, DeploymentId deploymentId,
                               String userName, String language, DeepLinkingSettingsClaim settings) {

    static SelectionSession of(Jwt jwt) {
        DeepLinkingSettingsClaim settings = DeepLinkingSettings.fromClaim(jwt.getClaim(SessionClaims.DEEP_LINKING))
                .orElseThrow(() -> new LtiException(LtiError.DEEP_LINKING_NOT_ALLOWED,
                        "this session did not start with a deep-linking request: choose content from the course"));
        String locale = jwt.getClaimAsString(SessionClaims.LOCALE);
        return new SelectionSession(jwt.getTokenValue(), new RegistrationId(jwt.getClaimAsString(SessionClaims.REGISTRATION)),
                new DeploymentId(jwt.getClaimAsString(SessionClaims.DEPLOYMENT)), jwt.getClaimAsString(SessionClaims.NAME),
                locale != null && locale.toLowerCase(Locale.ROOT).startsWith("fi") ? "fi" : "en", settings);
    }

    public boolean multiple() {
        return settings.acceptMultiple();
    }
}
