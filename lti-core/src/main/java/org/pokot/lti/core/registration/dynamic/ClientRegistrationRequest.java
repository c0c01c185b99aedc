package org.pokot.lti.core.registration.dynamic;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.message.LtiMessageType;
import org.pokot.lti.core.oidc.ToolUrls;

/**
 * The tool's client registration request: OpenID Connect client metadata plus the LTI tool configuration.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#tool-configuration">Dynamic Registration, tool configuration</a>
 * @see <a href="https://openid.net/specs/openid-connect-registration-1_0.html#ClientMetadata">OIDC Registration §2</a>
 */
public record ClientRegistrationRequest(String applicationType, List<String> responseTypes, List<String> grantTypes,
                                        URI initiateLoginUri, List<URI> redirectUris, String clientName, URI jwksUri,
                                        Optional<URI> logoUri, String tokenEndpointAuthMethod, List<String> scopes,
                                        LtiToolConfiguration toolConfiguration) {

    /** Where deep linking is offered in Moodle; other LMSs read unknown placements as their default. */
    static final List<String> DEEP_LINKING_PLACEMENTS = List.of("ContentArea");

    public ClientRegistrationRequest {
        Objects.requireNonNull(applicationType, "applicationType");
        responseTypes = List.copyOf(responseTypes);
        grantTypes = List.copyOf(grantTypes);
        Objects.requireNonNull(initiateLoginUri, "initiateLoginUri");
        redirectUris = List.copyOf(redirectUris);
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(logoUri, "logoUri");
        Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(toolConfiguration, "toolConfiguration");
    }

    /**
     * This tool's request to this platform: one redirect URI and one target link URI ({@code /lti/launch}, which
     * takes both message types), and deep linking only where the platform supports it.
     */
    public static ClientRegistrationRequest forTool(ToolUrls urls, ToolRegistrationProfile profile,
                                                    PlatformConfiguration platform) {
        URI target = urls.launchUri();
        List<LtiToolMessage> messages = new ArrayList<>();
        messages.add(new LtiToolMessage(LtiMessageType.RESOURCE_LINK.claimValue(), target, profile.clientName(),
                List.of()));
        if (platform.lti().supports(LtiMessageType.DEEP_LINKING.claimValue())) {
            messages.add(new LtiToolMessage(LtiMessageType.DEEP_LINKING.claimValue(), target, profile.clientName(),
                    DEEP_LINKING_PLACEMENTS));
        }
        LtiToolConfiguration lti = new LtiToolConfiguration(LtiToolConfiguration.domainOf(target), target,
                profile.description(), Map.of(), profile.claims(), messages);
        return new ClientRegistrationRequest("web", List.of("id_token"), List.of("implicit", "client_credentials"),
                urls.loginUri(), List.of(urls.launchUri()), profile.clientName(), urls.jwksUri(), profile.logoUri(),
                "private_key_jwt", profile.scopes(), lti);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("application_type", applicationType);
        json.put("response_types", responseTypes);
        json.put("grant_types", grantTypes);
        json.put("initiate_login_uri", initiateLoginUri.toString());
        json.put("redirect_uris", redirectUris.stream().map(URI::toString).toList());
        json.put("client_name", clientName);
        json.put("jwks_uri", jwksUri.toString());
        logoUri.ifPresent(logo -> json.put("logo_uri", logo.toString()));
        json.put("token_endpoint_auth_method", tokenEndpointAuthMethod);
        json.put("scope", String.join(" ", scopes));
        json.put(LtiToolConfiguration.CLAIM, toolConfiguration.toJson());
        return json;
    }

    /** The inverse of {@link #toJson()}, e.g. for a simulated platform that checks what it received. */
    public static ClientRegistrationRequest fromJson(Map<String, Object> json) {
        JsonReader reader = new JsonReader(json, LtiError.REGISTRATION_INVALID, "client registration request");
        LtiToolConfiguration lti = LtiToolConfiguration.fromJson(reader.object(LtiToolConfiguration.CLAIM)
                .orElseThrow(() -> reader.fail(LtiToolConfiguration.CLAIM + " is missing")));
        return new ClientRegistrationRequest(reader.required("application_type"), reader.strings("response_types"),
                reader.strings("grant_types"), reader.requiredUri("initiate_login_uri"),
                reader.strings("redirect_uris").stream().map(URI::create).toList(), reader.required("client_name"),
                reader.requiredUri("jwks_uri"), reader.optional("logo_uri").map(URI::create),
                reader.required("token_endpoint_auth_method"),
                reader.optional("scope").map(s -> Arrays.asList(s.split(" "))).orElse(List.of()), lti);
    }
}
