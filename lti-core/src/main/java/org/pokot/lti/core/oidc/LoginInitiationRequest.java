package org.pokot.lti.core.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;

/**
 * The platform's third-party initiated login, by GET or form POST. Moodle POSTs {@code iss}, {@code login_hint},
 * {@code target_link_uri}, {@code lti_message_hint} (JSON), {@code client_id} and {@code lti_deployment_id}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">Security Framework §5.1.1.1</a>
 */
public record LoginInitiationRequest(Issuer issuer, String loginHint, URI targetLinkUri,
                                     Optional<String> ltiMessageHint, Optional<ClientId> clientId,
                                     Optional<DeploymentId> deploymentId) {

    private static final int MAX_HINT_LENGTH = 4096;

    /** Reads the parameters by name; a missing or malformed one fails with the parameter named. */
    public static LoginInitiationRequest fromParameters(Function<String, String> parameters) {
        String iss = required(parameters, "iss");
        Issuer issuer;
        try {
            issuer = new Issuer(iss);
        } catch (IllegalArgumentException e) {
            throw new LtiException(LtiError.LOGIN_PARAMETER_INVALID, "iss: " + e.getMessage());
        }
        String loginHint = required(parameters, "login_hint");
        URI target = uri(required(parameters, "target_link_uri"));
        Optional<String> messageHint = optional(parameters, "lti_message_hint");
        Optional<ClientId> clientId;
        Optional<DeploymentId> deploymentId;
        try {
            clientId = optional(parameters, "client_id").map(ClientId::new);
        } catch (IllegalArgumentException e) {
            throw new LtiException(LtiError.LOGIN_PARAMETER_INVALID, "client_id: " + e.getMessage());
        }
        try {
            deploymentId = optional(parameters, "lti_deployment_id").map(DeploymentId::new);
        } catch (IllegalArgumentException e) {
            throw new LtiException(LtiError.LOGIN_PARAMETER_INVALID, "lti_deployment_id: " + e.getMessage());
        }
        return new LoginInitiationRequest(issuer, loginHint, target, messageHint, clientId, deploymentId);
    }

    private static String required(Function<String, String> parameters, String name) {
        return optional(parameters, name).orElseThrow(() -> new LtiException(LtiError.LOGIN_PARAMETER_MISSING,
                "the login request has no " + name + " parameter"));
    }

    private static Optional<String> optional(Function<String, String> parameters, String name) {
        String value = parameters.apply(name);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() > MAX_HINT_LENGTH) {
            throw new LtiException(LtiError.LOGIN_PARAMETER_INVALID,
                    name + " is longer than " + MAX_HINT_LENGTH + " characters");
        }
        return Optional.of(value);
    }

    private static URI uri(String value) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                throw new LtiException(LtiError.LOGIN_PARAMETER_INVALID, "target_link_uri is not an absolute URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new LtiException(LtiError.LOGIN_PARAMETER_INVALID, "target_link_uri is not a URL");
        }
    }
}
