package org.pokot.lti.core.service;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.pokot.lti.core.http.TransportRequest;

/**
 * A service call before it is authorized: {@link PlatformServiceClient} adds the bearer token.
 *
 * @param operation   what the call does, for scope checks and error words
 * @param tokenScopes the scope set the access token is asked for (one cached token serves every call that asks for
 *                    the same set)
 * @param request     method, URL, {@code Accept}/{@code Content-Type} and body, without {@code Authorization}
 */
public record ServiceRequest(ServiceOperation operation, Set<String> tokenScopes, TransportRequest request) {

    public ServiceRequest {
        Objects.requireNonNull(operation, "operation");
        tokenScopes = Set.copyOf(tokenScopes);
        Objects.requireNonNull(request, "request");
        if (request.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Authorization"))) {
            throw new IllegalArgumentException("the Authorization header is added by the service client");
        }
    }

    public static ServiceRequest of(ServiceOperation operation, Set<String> tokenScopes, String method, URI uri,
                                    Map<String, String> headers, byte[] body) {
        return new ServiceRequest(operation, tokenScopes, new TransportRequest(method, uri, headers, body));
    }

    public URI uri() {
        return request.uri();
    }
}
