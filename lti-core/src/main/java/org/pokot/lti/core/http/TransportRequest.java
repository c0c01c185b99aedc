package org.pokot.lti.core.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An outgoing HTTP request from the tool to a platform. */
public record TransportRequest(String method, URI uri, Map<String, String> headers, byte[] body) {

    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    public static TransportRequest get(URI uri, Map<String, String> headers) {
        return new TransportRequest("GET", uri, headers, null);
    }

    public static TransportRequest post(URI uri, Map<String, String> headers, String body) {
        return new TransportRequest("POST", uri, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public TransportRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new TransportRequest(method, uri, copy, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Names the request without its headers or body: they can hold a bearer token or a client assertion. */
    @Override
    public String toString() {
        return "TransportRequest[" + method + " " + uri + "]";
    }
}
