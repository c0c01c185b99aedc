package org.pokot.lti.core.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OpenID Connect authentication request the tool sends the browser to, on the platform's auth endpoint.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">Security Framework §5.1.1.2</a>
 */
public record AuthenticationRequest(URI endpoint, Map<String, String> parameters) {

    public AuthenticationRequest {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The endpoint with the parameters appended to any query it already has. */
    public URI toUri() {
        String query = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String base = endpoint.toString();
        return URI.create(base + (endpoint.getRawQuery() == null ? "?" : "&") + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
