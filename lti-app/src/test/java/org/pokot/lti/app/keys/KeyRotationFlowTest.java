package org.pokot.lti.app.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.app.testing.Launches.LAUNCH;
import static org.pokot.lti.app.testing.Launches.LOGIN;
import static org.pokot.lti.app.testing.Launches.launchFields;
import static org.pokot.lti.app.testing.Launches.loginParameters;
import static org.pokot.lti.app.testing.Launches.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;
import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.Launches;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.JdkHttpTransport;
import org.pokot.lti.core.http.TransportRequest;
import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.jwks.JwksCachePolicy;
import org.pokot.lti.core.jwks.PlatformJwksCache;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.testing.IdTokenBuilder;
import org.pokot.lti.core.testing.TestClock;

/**
 * A rotation over HTTP, seen by platforms that verify the tool's deep-linking responses with the tool's JWKS from
 * a cache, as an LMS does: launches and responses verify before, during (next key published, old one signing;
 * then new one signing, old one still published) and after (old key retired). The test makes the rotation steps
 * itself, with a lead time and overlap of seconds.
 */
@LtiAppTest
@TestPropertySource(properties = {"lti.admin.password={noop}s3cret-for-tests", "lti.keys.lead-time=2s",
        "lti.keys.overlap=2s", "lti.keys.check-interval=1h"})
class KeyRotationFlowTest extends AppPort {

    static final URI TOOL_JWKS = URI.create(TOOL + "/.well-known/jwks.json");
    static final Map<String, Object> SETTINGS = Map.of("accept_types", List.of("ltiResourceLink"),
            "accept_presentation_document_targets", List.of("iframe"), "accept_multiple", false,
            "deep_link_return_url", "http://127.0.0.1:8081/mod/lti/contentitem_return.php?course=2");
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            "admin:s3cret-for-tests".getBytes(StandardCharsets.UTF_8));

    @Autowired
    RegistrationRepository registrations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ToolKeyScheduler scheduler;
    @Autowired
    AuditLog audit;

    TestBrowser browser = new TestBrowser();

    @BeforeEach
    void registerPlatform() {
        jdbc.update("DELETE FROM lti_nonce_use");
        jdbc.update("DELETE FROM lti_registration WHERE id <> 'sandbox'");
        registrations.save(platform.registration().build());
    }

    @Test
    void rotationWhenPlatformsCacheTheToolKeysThenLaunchesAndDeepLinkingResponsesVerifyThroughout() throws Exception {
        CachingPlatform cachedBefore = new CachingPlatform();
        String first = signedResponse().getHeader().getKeyID();
        assertThat(cachedBefore.verifies(signedResponse())).as("before").isTrue();
        assertLaunchWorks();

        Page rotate = browser.postForm(TOOL + "/admin/api/keys/rotate", Map.of(), "Authorization", BASIC);
        assertThat(rotate.status()).isEqualTo(202);
        String next = cachedBefore.fetchedNow().stream().map(JWK::getKeyID).filter(k -> !k.equals(first))
                .findFirst().orElseThrow();

        // lead time: the next key is published, the first still signs, and the cache made before knows it
        SignedJWT duringLead = signedResponse();
        assertThat(duringLead.getHeader().getKeyID()).isEqualTo(first);
        assertThat(cachedBefore.verifies(duringLead)).isTrue();
        assertThat(cachedBefore.fetches()).as("no refetch needed").isEqualTo(1);
        CachingPlatform cachedDuringLead = new CachingPlatform();
        assertThat(cachedDuringLead.verifies(duringLead)).isTrue();
        assertLaunchWorks();

        waitPast(Instant.now().plus(Duration.ofSeconds(2)));
        scheduler.advance();

        // overlap: the next key signs; the first is still published for what it signed a moment ago
        SignedJWT afterSwitch = signedResponse();
        assertThat(afterSwitch.getHeader().getKeyID()).isEqualTo(next);
        assertThat(cachedDuringLead.verifies(afterSwitch)).as("cached during the lead time").isTrue();
        assertThat(cachedDuringLead.fetches()).as("the new key was in its cache already").isEqualTo(1);
        assertThat(cachedBefore.verifies(duringLead)).as("signed by the first key, checked later").isTrue();
        assertThat(new CachingPlatform().verifies(duringLead)).as("first key still published").isTrue();
        assertThat(cachedBefore.verifies(afterSwitch)).isTrue();
        assertLaunchWorks();

        waitPast(Instant.now().plus(Duration.ofSeconds(2)));
        scheduler.advance();

        // after: the first key is retired
        assertThat(new CachingPlatform().fetchedNow()).extracting(JWK::getKeyID).containsExactly(next);
        assertThat(new CachingPlatform().verifies(signedResponse())).as("after").isTrue();
        assertLaunchWorks();
        assertThat(audit.events).extracting(AuditEvent::actor, AuditEvent::action,
                AuditEvent::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("admin", AuditAction.KEY_ROTATED, next),
                org.assertj.core.groups.Tuple.tuple("scheduler", AuditAction.KEY_ROTATED, next),
                org.assertj.core.groups.Tuple.tuple("scheduler", AuditAction.KEY_RETIRED, first));
    }

    @Test
    void keysPageWhenNoAdminSignedInThenRefusedAndNothingRotated() {
        int keys = jdbc.queryForObject("SELECT COUNT(*) FROM lti_tool_key", Integer.class);

        Page page = browser.get(TOOL + "/admin/keys");
        assertThat(page.status()).as("to the console's login").isEqualTo(302);
        assertThat(page.location()).endsWith("/admin/login");
        assertThat(browser.postForm(TOOL + "/admin/keys/rotate", Map.of()).status()).isEqualTo(403);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lti_tool_key", Integer.class)).isEqualTo(keys);
    }

    private void assertLaunchWorks() {
        Page login = browser.postForm(LOGIN, loginParameters());
        Page launch = browser.postForm(LAUNCH, launchFields(login.location(), Launches.token(login).sign()));
        assertThat(launch.status()).isEqualTo(200);
        assertThat(launch.text("user-name")).isEqualTo("Liisa Learner");
    }

    /** A teacher's content selection, answered: the tool's signed LtiDeepLinkingResponse. */
    private SignedJWT signedResponse() throws Exception {
        Page login = browser.postForm(LOGIN, loginParameters());
        IdTokenBuilder request = Launches.token(login).claim(LtiClaimNames.MESSAGE_TYPE, "LtiDeepLinkingRequest")
                .without(LtiClaimNames.RESOURCE_LINK).without(LtiClaimNames.CUSTOM)
                .claim(LtiClaimNames.DEEP_LINKING_SETTINGS, SETTINGS).instructor();
        Page selection = browser.postForm(LAUNCH, launchFields(login.location(), request.sign()));
        Page answer = browser.submit(selection.document().getElementById("selection-form"),
                List.of(Map.entry("module", "pokot/micro-credential-design")));
        return SignedJWT.parse(answer.document().selectFirst("input[name=JWT]").attr("value"));
    }

    private static void waitPast(Instant instant) throws InterruptedException {
        while (!Instant.now().isAfter(instant)) {
            Thread.sleep(100);
        }
    }

    /** The audit events, from whichever thread published them (an admin's request, the scheduler). */
    @TestConfiguration(proxyBeanMethods = false)
    static class AuditLog {

        final List<AuditEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AuditEvent event) {
            events.add(event);
        }
    }

    /**
     * A platform's view of the tool's keys: fetched once and kept for a day, fetched again only for an unknown kid,
     * as the tool itself treats platform keys.
     */
    static final class CachingPlatform {

        private final AtomicInteger fetches = new AtomicInteger();
        private final HttpTransport counting = new HttpTransport() {
            private final JdkHttpTransport http = JdkHttpTransport.defaults();

            @Override
            public TransportResponse send(TransportRequest request) throws IOException {
                fetches.incrementAndGet();
                return http.send(request);
            }
        };
        private final PlatformJwksCache cache = new PlatformJwksCache(counting, TestClock.atStart(),
                new JwksCachePolicy(Duration.ofDays(1), Duration.ZERO));

        /** Caches the key set as it is now, before whatever the test does next. */
        CachingPlatform() {
            cache.keysFor(TOOL_JWKS, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(fetchedNow().get(0).getKeyID())
                    .build());
        }

        boolean verifies(SignedJWT jwt) throws Exception {
            List<JWK> keys = cache.keysFor(TOOL_JWKS, jwt.getHeader());
            return !keys.isEmpty() && jwt.verify(new RSASSAVerifier((RSAKey) keys.get(0)));
        }

        /** The tool's key set as served now, bypassing (and not touching) this platform's cache. */
        List<JWK> fetchedNow() {
            try {
                return com.nimbusds.jose.jwk.JWKSet.parse(JdkHttpTransport.defaults()
                        .send(TransportRequest.get(TOOL_JWKS, Map.of())).bodyText()).getKeys();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        int fetches() {
            return fetches.get();
        }
    }
}
