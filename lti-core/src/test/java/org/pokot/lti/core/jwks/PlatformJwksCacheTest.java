package org.pokot.lti.core.jwks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pokot.lti.core.testing.LtiAssertions.errorOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.JdkHttpTransport;
import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.testing.SimulatedPlatform;
import org.pokot.lti.core.testing.TestClock;
import org.pokot.lti.core.testing.TestKeys;

/** The platform key cache: TTL, refetch-once on an unknown kid, the rate limit, and stale-if-error. */
class PlatformJwksCacheTest {

    private static final JwksCachePolicy POLICY = new JwksCachePolicy(Duration.ofMinutes(15), Duration.ofSeconds(30));
    private static final HttpTransport TRANSPORT = new JdkHttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5),
            64 * 1024);
    private static final String KID_1 = TestKeys.platformKey().getKeyID();
    private static final String KID_2 = TestKeys.otherPlatformKey().getKeyID();

    private SimulatedPlatform platform;
    private TestClock clock;
    private PlatformJwksCache cache;

    @BeforeEach
    void setUp() {
        platform = SimulatedPlatform.start();
        clock = TestClock.atStart();
        cache = new PlatformJwksCache(TRANSPORT, clock, POLICY);
    }

    @AfterEach
    void tearDown() {
        platform.close();
    }

    @Test
    void keysForWhenKidPublishedThenReturnsItsPublicKey() {
        List<JWK> keys = keysFor(KID_1);

        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).getKeyID()).isEqualTo(KID_1);
        assertThat(keys.get(0).isPrivate()).isFalse();
        assertThat(keys.get(0).toRSAKey().getModulus()).isEqualTo(TestKeys.platformKey().getModulus());
    }

    @Test
    void keysForWhenAskedAgainWithinTimeToLiveThenServedFromCache() {
        keysFor(KID_1);
        clock.advance(POLICY.timeToLive().minusSeconds(1));

        assertThat(keysFor(KID_1)).hasSize(1);
        assertThat(platform.jwksFetches()).isEqualTo(1);
    }

    @Test
    void keysForWhenTimeToLivePassedThenRefetches() {
        keysFor(KID_1);
        clock.advance(POLICY.timeToLive());

        assertThat(keysFor(KID_1)).hasSize(1);
        assertThat(platform.jwksFetches()).isEqualTo(2);
    }

    @Test
    void keysForWhenUnknownKidAndLastFetchOlderThanMinRefreshIntervalThenRefetchesOnce() {
        keysFor(KID_1);
        clock.advance(POLICY.minRefreshInterval());

        assertThat(keysFor("unknown-kid")).isEmpty();
        assertThat(platform.jwksFetches()).isEqualTo(2);
    }

    @Test
    void keysForWhenFloodOfUnknownKidsWithinMinRefreshIntervalThenNoFurtherFetch() {
        keysFor(KID_1);
        clock.advance(POLICY.minRefreshInterval());
        keysFor("unknown-kid-0");
        assertThat(platform.jwksFetches()).isEqualTo(2);

        for (int i = 1; i <= 200; i++) {
            clock.advance(Duration.ofMillis(100));
            assertThat(keysFor("unknown-kid-" + i)).isEmpty();
        }

        assertThat(platform.jwksFetches()).isEqualTo(2);
        assertThat(keysFor(KID_1)).hasSize(1);
        assertThat(platform.jwksFetches()).isEqualTo(2);
    }

    @Test
    void keysForWhenUnknownKidRightAfterFirstFetchThenNoSecondFetch() {
        assertThat(keysFor("unknown-kid")).isEmpty();

        assertThat(platform.jwksFetches()).isEqualTo(1);
    }

    @Test
    void keysForWhenPlatformRotatedItsKeyThenNewKeyFoundAfterRefetch() {
        keysFor(KID_1);
        platform.publish(TestKeys.otherPlatformKey());
        clock.advance(POLICY.minRefreshInterval());

        List<JWK> keys = keysFor(KID_2);

        assertThat(keys).extracting(JWK::getKeyID).containsExactly(KID_2);
        assertThat(platform.jwksFetches()).isEqualTo(2);
        assertThat(keysFor(KID_1)).as("the retired key is gone with the refetch").isEmpty();
    }

    @Test
    void keysForWhenRefetchFailsThenKeepsServingCachedKeys() {
        keysFor(KID_1);
        platform.jwksStatus(503);
        clock.advance(POLICY.timeToLive());

        assertThat(keysFor(KID_1)).extracting(JWK::getKeyID).containsExactly(KID_1);
        assertThat(platform.jwksFetches()).isEqualTo(2);
        // the failure counts as a fetch for the rate limit: no retry storm while the platform is down
        assertThat(keysFor("unknown-kid")).isEmpty();
        assertThat(platform.jwksFetches()).isEqualTo(2);
    }

    @Test
    void keysForWhenPlatformRecoversAfterFailedRefetchThenRefetchesAfterInterval() {
        keysFor(KID_1);
        platform.jwksStatus(503);
        clock.advance(POLICY.timeToLive());
        keysFor(KID_1);
        platform.jwksStatus(200);
        platform.publish(TestKeys.platformKey(), TestKeys.otherPlatformKey());
        clock.advance(POLICY.minRefreshInterval());

        assertThat(keysFor(KID_2)).extracting(JWK::getKeyID).containsExactly(KID_2);
        assertThat(platform.jwksFetches()).isEqualTo(3);
    }

    @Test
    void keysForWhenNothingCachedAndFetchFailsThenJwksUnavailable() {
        platform.jwksStatus(500);

        assertThat(errorOf(() -> keysFor(KID_1))).isEqualTo(LtiError.JWKS_UNAVAILABLE);
    }

    @Test
    void keysForWhenNothingCachedAndPlatformUnreachableThenJwksUnavailable() {
        platform.close();

        assertThat(errorOf(() -> keysFor(KID_1))).isEqualTo(LtiError.JWKS_UNAVAILABLE);
    }

    @Test
    void keysForWhenBodyIsNotAKeySetThenJwksUnavailable() {
        HttpTransport notJson = request -> new TransportResponse(200, "OK", Map.of(),
                "<html>login</html>".getBytes(StandardCharsets.UTF_8));
        PlatformJwksCache htmlCache = new PlatformJwksCache(notJson, clock, POLICY);

        assertThat(errorOf(() -> htmlCache.keysFor(platform.jwksUri(), header(KID_1))))
                .isEqualTo(LtiError.JWKS_UNAVAILABLE);
    }

    @Test
    void keysForWhenTransportThrowsThenJwksUnavailable() {
        HttpTransport broken = request -> {
            throw new IOException("response body exceeds 65536 bytes");
        };
        PlatformJwksCache brokenCache = new PlatformJwksCache(broken, clock, POLICY);

        assertThat(errorOf(() -> brokenCache.keysFor(platform.jwksUri(), header(KID_1))))
                .isEqualTo(LtiError.JWKS_UNAVAILABLE);
    }

    @Test
    void keysForWhenTwoPlatformsThenCachedPerJwksUrl() {
        try (SimulatedPlatform second = SimulatedPlatform.start()) {
            keysFor(KID_1);
            cache.keysFor(second.jwksUri(), header(KID_1));
            cache.keysFor(second.jwksUri(), header(KID_1));

            assertThat(platform.jwksFetches()).isEqualTo(1);
            assertThat(second.jwksFetches()).isEqualTo(1);
        }
    }

    @Test
    void evictWhenCalledThenNextLookupFetches() {
        keysFor(KID_1);
        cache.evict(platform.jwksUri());

        keysFor(KID_1);

        assertThat(platform.jwksFetches()).isEqualTo(2);
    }

    @Test
    void policyWhenMinRefreshIntervalLongerThanTimeToLiveThenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new JwksCachePolicy(Duration.ofSeconds(10), Duration.ofSeconds(11)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new JwksCachePolicy(Duration.ofSeconds(10), Duration.ofSeconds(-1)));
    }

    private List<JWK> keysFor(String kid) {
        return cache.keysFor(platform.jwksUri(), header(kid));
    }

    private static JWSHeader header(String kid) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build();
    }
}
