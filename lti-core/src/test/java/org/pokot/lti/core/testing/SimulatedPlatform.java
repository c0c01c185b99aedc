package org.pokot.lti.core.testing;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.pokot.lti.core.registration.PlatformRegistration;

/**
 * A platform on MockWebServer: it serves its JWKS (and counts the fetches) and signs id_tokens. The auth endpoint
 * is a URL on the same server; tests read the tool's redirect to it and answer with {@link #idToken}.
 */
public final class SimulatedPlatform implements AutoCloseable {

    public static final String CLIENT_ID = "pokot-tool-client";
    public static final String DEPLOYMENT_ID = "deployment-1";

    private final MockWebServer server = new MockWebServer();
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private final AtomicInteger jwksStatus = new AtomicInteger(200);
    private final RSAKey signingKey;

    private SimulatedPlatform(RSAKey signingKey) {
        this.signingKey = signingKey;
        this.published.set(new JWKSet(signingKey.toPublicJWK()));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.equals("/jwks")) {
                    jwksFetches.incrementAndGet();
                    int status = jwksStatus.get();
                    if (status != 200) {
                        return new MockResponse.Builder().code(status).body("{\"error\":\"unavailable\"}").build();
                    }
                    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                            .body(published.get().toString()).build();
                }
                return new MockResponse.Builder().code(404).body("not found").build();
            }
        });
    }

    public static SimulatedPlatform start() {
        SimulatedPlatform platform = new SimulatedPlatform(TestKeys.platformKey());
        try {
            platform.server.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the simulated platform", e);
        }
        return platform;
    }

    /** e.g. {@code http://127.0.0.1:41234}: loopback http, which the tool accepts as a platform. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public URI authorizationEndpoint() {
        return URI.create(issuer() + "/auth");
    }

    public URI tokenEndpoint() {
        return URI.create(issuer() + "/token");
    }

    public URI jwksUri() {
        return URI.create(issuer() + "/jwks");
    }

    public PlatformRegistration.Builder registration() {
        return PlatformRegistration.builder().id("reg-sim").issuer(issuer()).clientId(CLIENT_ID)
                .authorizationEndpoint(authorizationEndpoint()).tokenEndpoint(tokenEndpoint()).jwksUri(jwksUri())
                .deploymentId(DEPLOYMENT_ID);
    }

    /** A valid learner launch answering the given nonce, signed with the published key. */
    public IdTokenBuilder idToken(String targetLinkUri, String nonce, Instant issuedAt) {
        return new IdTokenBuilder(signingKey, issuer(), CLIENT_ID, DEPLOYMENT_ID, targetLinkUri, nonce, issuedAt);
    }

    /** Replaces the published key set, as a platform rotating its keys does. */
    public void publish(RSAKey... keys) {
        published.set(new JWKSet(java.util.Arrays.stream(keys).map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList()));
    }

    /**
     * Makes {@code /jwks} answer with this status (and no key set) until set back to 200, as a platform that is down
     * or misconfigured does. Failed requests are counted by {@link #jwksFetches()} too.
     */
    public void jwksStatus(int status) {
        jwksStatus.set(status);
    }

    /** Requests to {@code /jwks} so far, answered or failed. */
    public int jwksFetches() {
        return jwksFetches.get();
    }

    public MockWebServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
