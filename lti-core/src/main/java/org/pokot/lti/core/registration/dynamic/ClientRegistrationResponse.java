package org.pokot.lti.core.registration.dynamic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;

/**
 * The platform's successful answer: the client id it assigned and, in its LTI tool configuration, the deployment.
 *
 * @param reportedScopes the scopes the answer lists. Only informative: Moodle lists scopes its token endpoint will
 *                       not grant, so the tool trusts the token endpoint's {@code scope} instead
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#successful-registration">Dynamic Registration, successful registration</a>
 */
public record ClientRegistrationResponse(ClientId clientId, Optional<DeploymentId> deploymentId, String clientName,
                                         List<String> reportedScopes) implements ClientRegistrationResult {

    public ClientRegistrationResponse {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(clientName, "clientName");
        reportedScopes = List.copyOf(reportedScopes);
    }

    /**
     * @throws LtiException {@link LtiError#DYNAMIC_REGISTRATION_RESPONSE_INVALID} without a client_id, or with a
     *                      deployment_id longer than the tool keeps
     */
    public static ClientRegistrationResponse fromJson(Map<String, Object> json) {
        JsonReader reader = new JsonReader(json, LtiError.DYNAMIC_REGISTRATION_RESPONSE_INVALID,
                "registration response");
        Optional<String> deployment = reader.object(LtiToolConfiguration.CLAIM)
                .flatMap(lti -> lti.optional("deployment_id"));
        try {
            return new ClientRegistrationResponse(new ClientId(reader.required("client_id")),
                    deployment.map(DeploymentId::new), reader.optional("client_name").orElse(""),
                    reader.optional("scope").map(s -> List.of(s.split(" "))).orElse(List.of()));
        } catch (IllegalArgumentException e) {
            throw reader.fail(e.getMessage());
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("client_id", clientId.value());
        if (!clientName.isEmpty()) {
            json.put("client_name", clientName);
        }
        if (!reportedScopes.isEmpty()) {
            json.put("scope", String.join(" ", reportedScopes));
        }
        deploymentId.ifPresent(d -> json.put(LtiToolConfiguration.CLAIM, Map.of("deployment_id", d.value())));
        return json;
    }
}
