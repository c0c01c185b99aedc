package org.pokot.lti.core.service;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;

import mockwebserver3.MockResponse;

import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.testing.MoodleCaptures;

/**
 * One request/response pair captured from Moodle ({@code fixtures/moodle/ags|negative/*.json}), replayed as it is:
 * status, reason phrase, headers and body. A {@code body_json} is written back as compact JSON.
 */
public record CapturedExchange(String path, Map<String, Object> request, Map<String, Object> response) {

    /** Hop-by-hop and php -S artefacts that a replay must not copy. */
    private static final Set<String> SKIPPED = Set.of("host", "connection", "date", "content-length");

    public static CapturedExchange load(String path) {
        Map<String, Object> json = MoodleCaptures.json(path);
        return new CapturedExchange(path, map(json.get("request")), map(json.get("response")));
    }

    public int status() {
        return ((Number) response.get("status")).intValue();
    }

    public String reason() {
        Object reason = response.get("reason");
        return reason == null ? "" : (String) reason;
    }

    public Map<String, String> responseHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        map(response.get("headers")).forEach((name, value) -> {
            if (!SKIPPED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, (String) value);
            }
        });
        return headers;
    }

    public String responseBody() {
        if (response.containsKey("body_json")) {
            Object body = response.get("body_json");
            return body instanceof List<?> list ? JSONArrayUtils.toJSONString(list) : JSONObjectUtils.toJSONString(map(body));
        }
        Object body = response.get("body");
        return body == null ? "" : (String) body;
    }

    public String requestBody() {
        Object body = request.get("body");
        return body == null ? "" : (String) body;
    }

    public String requestUrl() {
        return (String) request.get("url");
    }

    public Map<String, String> requestHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        map(request.get("headers")).forEach((name, value) -> headers.put(name, (String) value));
        return headers;
    }

    /** For a {@link StubTransport}: reason phrase included, as a transport that can read it would give it. */
    public TransportResponse transportResponse() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        responseHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
        return new TransportResponse(status(), reason(), headers, responseBody().getBytes(StandardCharsets.UTF_8));
    }

    /** For MockWebServer, reason phrase included in the status line. */
    public MockResponse mockResponse() {
        MockResponse.Builder builder = new MockResponse.Builder()
                .status("HTTP/1.1 " + status() + (reason().isEmpty() ? "" : " " + reason()));
        responseHeaders().forEach(builder::addHeader);
        return builder.body(responseBody()).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Override
    public String toString() {
        return "CapturedExchange[" + path + "]";
    }
}
