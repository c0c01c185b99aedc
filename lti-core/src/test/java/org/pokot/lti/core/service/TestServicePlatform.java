package org.pokot.lti.core.service;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.pokot.lti.core.registration.PlatformRegistration;

/**
 * A platform's service side on MockWebServer, over real HTTP: {@code /token} issues tokens {@code token-1},
 * {@code token-2} … (as Moodle does: JSON sent as {@code text/html}, granting the requested scopes unless told to
 * grant fewer), and every other path answers from a queue. Requests are recorded per side.
 */
public final class TestServicePlatform implements AutoCloseable {

    public static final String CLIENT_ID = "pokot-tool-client";

    private final MockWebServer server = new MockWebServer();
    private final Queue<MockResponse> tokenAnswers = new ConcurrentLinkedQueue<>();
    private final Queue<MockResponse> serviceAnswers = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> serviceRequests = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> grantedScope = new AtomicReference<>();
    private final AtomicInteger issued = new AtomicInteger();

    private TestServicePlatform() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/token")) {
                    tokenRequests.add(request);
                    MockResponse queued = tokenAnswers.poll();
                    return queued != null ? queued : issueToken(request);
                }
                serviceRequests.add(request);
                MockResponse queued = serviceAnswers.poll();
                return queued != null ? queued : new MockResponse.Builder().code(500).body("no answer queued").build();
            }
        });
    }

    public static TestServicePlatform start() {
        TestServicePlatform platform = new TestServicePlatform();
        try {
            platform.server.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test platform", e);
        }
        return platform;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public URI url(String pathAndQuery) {
        return URI.create(origin() + pathAndQuery);
    }

    public PlatformRegistration.Builder registration() {
        return PlatformRegistration.builder().id("reg-test").issuer(origin()).clientId(CLIENT_ID)
                .authorizationEndpoint(url("/auth")).tokenEndpoint(url("/token")).jwksUri(url("/jwks"))
                .deploymentId("deployment-1");
    }

    public ServicePlatform platform() {
        return ServicePlatform.of(registration().build());
    }

    /** From now on, grant only these scopes (space separated), whatever is asked. */
    public TestServicePlatform grant(String scope) {
        grantedScope.set(scope);
        return this;
    }

    public TestServicePlatform answerToken(MockResponse response) {
        tokenAnswers.add(response);
        return this;
    }

    public TestServicePlatform answer(MockResponse response) {
        serviceAnswers.add(response);
        return this;
    }

    public List<RecordedRequest> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    public List<RecordedRequest> serviceRequests() {
        return List.copyOf(serviceRequests);
    }

    public MockWebServer server() {
        return server;
    }

    /** The form fields of a token request. */
    public static Map<String, String> form(RecordedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBody().utf8().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    public static MockResponse json(int code, String contentType, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", contentType).body(body).build();
    }

    private MockResponse issueToken(RecordedRequest request) {
        String scope = grantedScope.get() != null ? grantedScope.get() : form(request).get("scope");
        return json(200, "text/html; charset=utf-8", "{\n  \"access_token\" : \"token-" + issued.incrementAndGet()
                + "\",\n  \"token_type\" : \"Bearer\",\n  \"expires_in\" : 3600,\n  \"scope\" : \"" + scope + "\"\n}");
    }

    @Override
    public void close() {
        server.close();
    }
}
