package org.pokot.lti.app.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.app.testing.Launches.LAUNCH;
import static org.pokot.lti.app.testing.Launches.LOGIN;
import static org.pokot.lti.app.testing.Launches.launchFields;
import static org.pokot.lti.app.testing.Launches.loginParameters;
import static org.pokot.lti.app.testing.Launches.platform;
import static org.pokot.lti.app.testing.Launches.token;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.Launches;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.QueryParams;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.testing.IdTokenBuilder;
import org.pokot.lti.core.testing.SimulatedPlatform;
import org.pokot.lti.core.testing.TestKeys;

/**
 * One bad launch per check, each over HTTP after a real login: the answer is a 4xx page naming the error code,
 * and nothing was stored (no state consumed, no deployment recorded, no row added).
 */
@LtiAppTest
class LaunchRejectionTest extends AppPort {

    @Autowired
    RegistrationRepository registrations;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void registerPlatform() {
        jdbc.update("DELETE FROM lti_nonce_use");
        jdbc.update("DELETE FROM lti_deployment WHERE registration_id <> 'sandbox'");
        jdbc.update("DELETE FROM lti_registration WHERE id <> 'sandbox'");
        registrations.save(platform.registration().build());
    }

    /**
     * A launch attempt: the browser that logged in, the auth redirect it got, and a second browser that has
     * logged in too (for cross-browser attempts).
     */
    record Attempt(TestBrowser browser, Page login, TestBrowser otherBrowser) {

        IdTokenBuilder token() {
            return Launches.token(login);
        }

        Page post(String idToken) {
            return browser.postForm(LAUNCH, launchFields(login.location(), idToken));
        }

        Page post(Map<String, String> fields) {
            return browser.postForm(LAUNCH, fields);
        }

        String state() {
            return QueryParams.of(login.location()).get("state");
        }
    }

    record Case(String name, int status, String code, Function<Attempt, Page> attack) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> badLaunches() {
        return Stream.of(
                new Case("bad signature", 401, "id-token-signature-invalid", a -> a.post(a.token().signThenTamper())),
                new Case("signed by another key under the platform's kid", 401, "id-token-signature-invalid",
                        a -> a.post(a.token().signedWith(TestKeys.otherPlatformKey())
                                .kid(TestKeys.platformKey().getKeyID()).sign())),
                new Case("unknown kid", 401, "id-token-key-unknown", a -> a.post(a.token().kid("no-such-kid").sign())),
                new Case("alg none", 401, "id-token-algorithm-not-allowed", a -> a.post(a.token().unsigned())),
                new Case("HS256 signed with the public key", 401, "id-token-algorithm-not-allowed",
                        a -> a.post(a.token().signHs256WithPublicKey())),
                new Case("wrong iss", 401, "issuer-mismatch",
                        a -> a.post(a.token().claim("iss", "https://evil.example").sign())),
                new Case("wrong aud", 401, "audience-mismatch",
                        a -> a.post(a.token().claim("aud", "another-client").sign())),
                new Case("azp mismatch", 401, "azp-mismatch",
                        a -> a.post(a.token().claim("aud", List.of(SimulatedPlatform.CLIENT_ID, "other"))
                                .claim("azp", "other").sign())),
                new Case("several audiences without azp", 401, "azp-mismatch",
                        a -> a.post(a.token().claim("aud", List.of(SimulatedPlatform.CLIENT_ID, "other")).sign())),
                new Case("expired", 401, "id-token-expired",
                        a -> a.post(a.token().issuedAt(Instant.now().minusSeconds(600))
                                .expiresAt(Instant.now().minusSeconds(300)).sign())),
                new Case("iat in the future", 401, "id-token-issued-in-future",
                        a -> a.post(a.token().issuedAt(Instant.now().plusSeconds(600))
                                .expiresAt(Instant.now().plusSeconds(660)).sign())),
                new Case("nbf in the future", 401, "id-token-not-yet-valid",
                        a -> a.post(a.token().claim("nbf", Instant.now().plusSeconds(600).getEpochSecond()).sign())),
                new Case("missing nonce", 401, "nonce-missing", a -> a.post(a.token().without("nonce").sign())),
                new Case("nonce never issued", 401, "nonce-not-issued",
                        a -> a.post(a.token().claim("nonce", "never-issued-by-the-tool").sign())),
                new Case("missing state", 400, "state-missing",
                        a -> a.post(Map.of("id_token", a.token().sign()))),
                new Case("wrong state", 401, "state-unknown", a -> {
                    Map<String, String> fields = launchFields(a.login().location(), a.token().sign());
                    fields.put("state", "not-a-state-of-this-tool");
                    return a.post(fields);
                }),
                new Case("state altered (a login edited in its sealed state)", 401, "state-unknown", a -> {
                    Map<String, String> fields = launchFields(a.login().location(), a.token().sign());
                    String state = fields.get("state");
                    fields.put("state", (state.charAt(0) == 'A' ? "B" : "A") + state.substring(1));
                    return a.post(fields);
                }),
                new Case("state from another browser", 401, "state-browser-mismatch",
                        a -> a.otherBrowser().postForm(LAUNCH, launchFields(a.login().location(), a.token().sign()))),
                new Case("missing deployment_id", 400, "deployment-id-missing",
                        a -> a.post(a.token().without(LtiClaimNames.DEPLOYMENT_ID).sign())),
                new Case("unknown deployment_id", 403, "deployment-unknown",
                        a -> a.post(a.token().claim(LtiClaimNames.DEPLOYMENT_ID, "deployment-9").sign())),
                new Case("wrong message_type", 400, "message-type-unsupported",
                        a -> a.post(a.token().claim(LtiClaimNames.MESSAGE_TYPE, "LtiSubmissionReviewRequest").sign())),
                new Case("wrong version", 400, "version-unsupported",
                        a -> a.post(a.token().claim(LtiClaimNames.VERSION, "1.1").sign())),
                new Case("missing sub", 400, "subject-missing", a -> a.post(a.token().without("sub").sign())),
                new Case("missing resource_link", 400, "resource-link-missing",
                        a -> a.post(a.token().without(LtiClaimNames.RESOURCE_LINK).sign())),
                new Case("missing roles", 400, "roles-missing",
                        a -> a.post(a.token().without(LtiClaimNames.ROLES).sign())),
                new Case("missing target_link_uri", 400, "target-link-uri-missing",
                        a -> a.post(a.token().without(LtiClaimNames.TARGET_LINK_URI).sign())),
                new Case("target_link_uri not the login's", 400, "target-link-uri-foreign",
                        a -> a.post(a.token().claim(LtiClaimNames.TARGET_LINK_URI, TOOL + "/lti/other").sign())),
                new Case("claim of the wrong type", 400, "claim-invalid",
                        a -> a.post(a.token().claim(LtiClaimNames.CONTEXT, "course-1").sign())),
                new Case("oversized token", 400, "id-token-too-large",
                        a -> a.post(a.token().claim("padding", "x".repeat(70_000)).sign())),
                new Case("missing id_token", 400, "id-token-missing", a -> a.post(Map.of("state", a.state()))),
                new Case("malformed id_token", 400, "id-token-malformed", a -> a.post("not.a.jwt")),
                new Case("platform answered with an error", 400, "platform-auth-error",
                        a -> a.post(Map.of("error", "login_required", "state", a.state()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLaunches")
    void launchWhenBadThenRefusedWithCodeAndNothingStored(Case bad) {
        TestBrowser browser = new TestBrowser();
        Page login = browser.postForm(LOGIN, loginParameters());
        assertThat(login.status()).isEqualTo(302);
        TestBrowser other = new TestBrowser();
        other.postForm(LOGIN, loginParameters()); // a binding cookie of its own
        Snapshot before = snapshot();

        Page answer = bad.attack().apply(new Attempt(browser, login, other));

        assertThat(answer.status()).as(answer.body()).isEqualTo(bad.status());
        assertThat(answer.text("error-code")).isEqualTo(bad.code());
        assertThat(answer.text("correlation-id")).isNotBlank();
        assertThat(answer.document().getElementById("error-docs").attr("href"))
                .isEqualTo("/docs/troubleshooting#" + bad.code());
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLogins")
    void loginWhenBadThenRefusedWithCodeAndNothingStored(Case bad) {
        Snapshot before = snapshot();

        Page answer = bad.attack().apply(new Attempt(new TestBrowser(), null, null));

        assertThat(answer.status()).isEqualTo(bad.status());
        assertThat(answer.text("error-code")).isEqualTo(bad.code());
        assertThat(answer.header("Location")).as("never redirect to an unverified URL").isNull();
        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Case> badLogins() {
        return Stream.of(
                new Case("unregistered issuer", 400, "registration-unknown",
                        a -> login(p -> p.put("iss", "https://unknown-lms.example"))),
                new Case("unknown client_id", 400, "registration-unknown",
                        a -> login(p -> p.put("client_id", "someone-else"))),
                new Case("foreign target_link_uri", 400, "target-link-uri-foreign",
                        a -> login(p -> p.put("target_link_uri", "https://evil.example/lti/launch"))),
                new Case("missing login_hint", 400, "login-parameter-missing", a -> login(p -> p.remove("login_hint"))),
                new Case("missing iss", 400, "login-parameter-missing", a -> login(p -> p.remove("iss"))),
                new Case("http issuer on a public host", 400, "login-parameter-invalid",
                        a -> login(p -> p.put("iss", "http://lms.example.invalid"))));
    }

    private static Page login(java.util.function.Consumer<Map<String, String>> change) {
        Map<String, String> parameters = loginParameters();
        change.accept(parameters);
        return new TestBrowser().postForm(LOGIN, parameters);
    }

    /** What a launch could have written. */
    record Snapshot(int usedNonces, int deployments, int registrations, int resourceLinks, int progress) {
    }

    private Snapshot snapshot() {
        return new Snapshot(count("SELECT COUNT(*) FROM lti_nonce_use"),
                count("SELECT COUNT(*) FROM lti_deployment"), count("SELECT COUNT(*) FROM lti_registration"),
                count("SELECT COUNT(*) FROM lti_resource_link"), count("SELECT COUNT(*) FROM learning_progress"));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
