package org.pokot.lti.app.testing;

import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.pokot.lti.core.registration.dynamic.ClientRegistrationRequest;
import org.pokot.lti.core.testing.IdTokenBuilder;
import org.pokot.lti.core.testing.TestKeys;

/**
 * An LMS that takes dynamic registrations the way Moodle does (its captures in {@code fixtures/moodle/registration}):
 * a public OpenID configuration, a registration endpoint that wants {@code Bearer } and one of its own tokens,
 * answers errors as bare strings, uses a {@code reg} token up only by a success, and keeps the client id and
 * deployment on an update ({@code reg-update}, {@code sub} = the tool type id). Launches of the registered client
 * are signed with the key its JWKS publishes. Loopback only.
 */
public final class RegisteringPlatform implements AutoCloseable {

    public static final String CONFIGURATION_PATH = "/mod/lti/openid-configuration.php";
    public static final String REGISTRATION_PATH = "/mod/lti/openid-registration.php";
    /** Where {@link #serveAdminPage} puts the LMS admin's page (Moodle's Manage tools, which frames the tool). */
    public static final String ADMIN_PAGE_PATH = "/mod/lti/toolconfigure.php";

    private final MockWebServer server = new MockWebServer();
    private final RSAKey key = TestKeys.platformKey();
    private final AtomicReference<Map<String, Object>> configuration = new AtomicReference<>();
    private final AtomicReference<MockResponse> refusal = new AtomicReference<>();
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicInteger typeIds = new AtomicInteger(1);
    private final AtomicInteger configurationFetches = new AtomicInteger();
    private final AtomicReference<String> adminPage = new AtomicReference<>("");
    private final Set<String> usedTokens = ConcurrentHashMap.newKeySet();
    /** Tool type id → client id, as Moodle's {@code lti_types}. */
    private final Map<String, String> types = new ConcurrentHashMap<>();
    private final List<RecordedRequest> registrationRequests = Collections.synchronizedList(new ArrayList<>());

    private RegisteringPlatform() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.equals(CONFIGURATION_PATH)) {
                    configurationFetches.incrementAndGet();
                    return json(200, JSONObjectUtils.toJSONString(configuration.get()));
                }
                if (path.equals(ADMIN_PAGE_PATH)) {
                    return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html; charset=utf-8")
                            .body(adminPage.get()).build();
                }
                if (path.equals("/mod/lti/certs.php")) {
                    return json(200, new JWKSet(key.toPublicJWK()).toString());
                }
                if (path.equals(REGISTRATION_PATH)) {
                    registrationRequests.add(request);
                    return register(request);
                }
                return text(404, "not found");
            }
        });
    }

    public static RegisteringPlatform start() {
        RegisteringPlatform platform = new RegisteringPlatform();
        try {
            platform.server.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the registering platform", e);
        }
        platform.configuration.set(platform.moodleShapedConfiguration());
        return platform;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public String configurationUrl() {
        return issuer() + CONFIGURATION_PATH;
    }

    /** A configuration like Moodle's, at this platform's issuer. */
    public Map<String, Object> moodleShapedConfiguration() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", issuer());
        json.put("token_endpoint", issuer() + "/mod/lti/token.php");
        json.put("jwks_uri", issuer() + "/mod/lti/certs.php");
        json.put("authorization_endpoint", issuer() + "/mod/lti/auth.php");
        json.put("registration_endpoint", issuer() + REGISTRATION_PATH);
        json.put("https://purl.imsglobal.org/spec/lti-platform-configuration", Map.of(
                "product_family_code", "moodle", "version", "5.0.6+ (Build: 20260403)",
                "messages_supported", List.of(Map.of("type", "LtiResourceLinkRequest"),
                        Map.of("type", "LtiDeepLinkingRequest", "placements", List.of("ContentArea")))));
        return json;
    }

    /** Serves this HTML as the LMS admin's page at {@link #ADMIN_PAGE_PATH}. */
    public void serveAdminPage(String html) {
        adminPage.set(html);
    }

    /** Serves this configuration from now on. */
    public void serve(Map<String, Object> json) {
        configuration.set(json);
    }

    /** Answers the next registration POST with this instead of registering. */
    public void refuseNext(int status, String body) {
        refusal.set(new MockResponse.Builder().code(status).setHeader("Content-Type", "text/html; charset=utf-8")
                .body(body).build());
    }

    /** Answers the next successful registration with this body (e.g. Moodle's captured answer) instead of its own. */
    public void answerNext(String body) {
        answer.set(body);
    }

    /** A new registration token: {@code sub} is the client id the platform will assign, as Moodle's is. */
    public String newRegistrationToken() {
        return token("client-" + server.getPort() + "-" + typeIds.get(), "reg");
    }

    /** An update token for the tool type with this id. */
    public String updateToken(String typeId) {
        return token(typeId, "reg-update");
    }

    /** The type id Moodle gave the registration of this client. */
    public String typeIdOf(String clientId) {
        return types.entrySet().stream().filter(e -> e.getValue().equals(clientId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** How often the tool fetched the OpenID configuration. */
    public int configurationFetches() {
        return configurationFetches.get();
    }

    public List<RecordedRequest> registrationRequests() {
        return List.copyOf(registrationRequests);
    }

    /** A learner launch for a client this platform registered; Moodle's deployment id is the type id. */
    public IdTokenBuilder idToken(String clientId, String targetLinkUri, String nonce, Instant issuedAt) {
        return IdTokenBuilder.forPlatform(key, issuer(), clientId, typeIdOf(clientId), targetLinkUri, nonce, issuedAt);
    }

    private MockResponse register(RecordedRequest request) {
        String authorization = request.getHeaders().get("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return text(401, "missing_registration_token");
        }
        JWTClaimsSet token;
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
            if (!jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key.toRSAPublicKey()))) {
                return html(404, "Signature verification failed");
            }
            token = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            return html(404, "Wrong number of segments");
        }
        String scope = (String) token.getClaim("scope");
        boolean update = "reg-update".equals(scope);
        if (!update && !"reg".equals(scope)) {
            return text(403, "Incorrect scope");
        }
        if (update && !types.containsKey(token.getSubject())) {
            return text(400, "Unknown client");
        }
        if (request.getMethod().equals("GET")) {
            return update ? json(200, answerFor(token.getSubject(), types.get(token.getSubject())))
                    : html(404, "Argument #2 ($typeid) must be of type int, null given");
        }
        MockResponse refused = refusal.getAndSet(null);
        if (refused != null) {
            return refused;
        }
        if (!update && usedTokens.contains(token.getSubject())) {
            return text(401, "token_already_used");
        }
        try {
            ClientRegistrationRequest.fromJson(JSONObjectUtils.parse(request.getBody().utf8()));
        } catch (ParseException | RuntimeException e) {
            return text(400, "missing required attribute");
        }
        String typeId = update ? token.getSubject() : String.valueOf(typeIds.getAndIncrement());
        String clientId = update ? types.get(typeId) : token.getSubject();
        types.put(typeId, clientId);
        usedTokens.add(token.getSubject());
        String captured = answer.getAndSet(null);
        return json(200, captured != null ? captured : answerFor(typeId, clientId));
    }

    private static String answerFor(String typeId, String clientId) {
        return JSONObjectUtils.toJSONString(Map.of("client_id", clientId, "client_name", "POKOT",
                "https://purl.imsglobal.org/spec/lti-tool-configuration", Map.of("deployment_id", typeId)));
    }

    private String token(String subject, String scope) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).claim("scope", scope)
                .issueTime(java.util.Date.from(now)).expirationTime(java.util.Date.from(now.plusSeconds(3600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }

    /** Moodle's registration errors: a bare string in a text/html body. */
    private static MockResponse text(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/html; charset=utf-8")
                .body(body).build();
    }

    /** Moodle's answer to any other failure: a whole HTML error page with 404. */
    private static MockResponse html(int status, String message) {
        return text(status, "<!DOCTYPE html><html><head><title>Error</title></head><body><div class=\"errormessage\">"
                + "Exception - " + message + "</div></body></html>");
    }

    public URI uri(String path) {
        return URI.create(issuer() + path);
    }

    @Override
    public void close() {
        server.close();
    }
}
