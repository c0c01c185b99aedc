package org.pokot.lti.core.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.TransportRequest;
import org.pokot.lti.core.http.TransportResponse;

/**
 * An {@link HttpTransport} that answers from a queue, in order, and records what was sent: for answers the JDK
 * client cannot produce (a reason phrase, a timeout) and for Moodle's captured answers.
 */
public final class StubTransport implements HttpTransport {

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<TransportRequest> requests = new ArrayList<>();

    public StubTransport answer(TransportResponse response) {
        answers.add(response);
        return this;
    }

    public StubTransport answer(int status, String reason, Map<String, List<String>> headers, String body) {
        return answer(new TransportResponse(status, reason, headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    public StubTransport fail(IOException failure) {
        answers.add(failure);
        return this;
    }

    /** A token endpoint answer with Moodle's JSON-as-text/html. */
    public StubTransport token(String value, long expiresIn, String scope) {
        return answer(200, "OK", Map.of("Content-Type", List.of("text/html; charset=utf-8")),
                "{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                        + ",\"scope\":\"" + scope + "\"}");
    }

    @Override
    public synchronized TransportResponse send(TransportRequest request) throws IOException {
        requests.add(request);
        Object answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("no answer queued for " + request.method() + " " + request.uri());
        }
        if (answer instanceof IOException failure) {
            throw failure;
        }
        return (TransportResponse) answer;
    }

    public synchronized List<TransportRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized TransportRequest last() {
        return requests.get(requests.size() - 1);
    }
}
