package org.pokot.lti.core.registration.dynamic;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code https://purl.imsglobal.org/spec/lti-tool-configuration} object of the tool's registration request.
 *
 * @param domain the host, with {@code :port} when the URL names one, of {@code targetLinkUri}: Moodle refuses any
 *               other value ({@code domain_targetlinkuri_mismatch})
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#lti-configuration-0">Dynamic Registration, LTI configuration</a>
 */
public record LtiToolConfiguration(String domain, URI targetLinkUri, String description,
                                   Map<String, String> customParameters, List<String> claims,
                                   List<LtiToolMessage> messages) {

    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    public LtiToolConfiguration {
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        if (!domainOf(targetLinkUri).equals(domain)) {
            throw new IllegalArgumentException("domain " + domain + " is not the host[:port] of " + targetLinkUri);
        }
        Objects.requireNonNull(description, "description");
        customParameters = Map.copyOf(customParameters);
        claims = List.copyOf(claims);
        messages = List.copyOf(messages);
    }

    /** {@code host} or {@code host:port}, as written in the URL. */
    public static String domainOf(URI uri) {
        return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    static LtiToolConfiguration fromJson(JsonReader json) {
        return new LtiToolConfiguration(json.required("domain"), json.requiredUri("target_link_uri"),
                json.optional("description").orElse(""), json.stringMap("custom_parameters"), json.strings("claims"),
                json.objects("messages").stream().map(LtiToolMessage::fromJson).toList());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("domain", domain);
        if (!description.isEmpty()) {
            json.put("description", description);
        }
        json.put("target_link_uri", targetLinkUri.toString());
        if (!customParameters.isEmpty()) {
            json.put("custom_parameters", new LinkedHashMap<>(new java.util.TreeMap<>(customParameters)));
        }
        json.put("claims", claims);
        json.put("messages", messages.stream().map(LtiToolMessage::toJson).toList());
        return json;
    }
}
