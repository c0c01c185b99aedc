package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.testing.TestClock;

class InMemoryAccessTokenCacheTest {

    private final InMemoryAccessTokenCache cache = new InMemoryAccessTokenCache();
    private final AccessToken token = new AccessToken("t", "Bearer", TestClock.START, TestClock.START.plusSeconds(60),
            Set.of("s"));

    @Test
    void findWhenSavedUnderTheSameScopesInAnyOrderThenFound() {
        cache.save(new AccessTokenKey(new RegistrationId("r1"), Set.of("a", "b")), token);

        assertThat(cache.find(new AccessTokenKey(new RegistrationId("r1"), Set.of("b", "a")))).hasValue(token);
        assertThat(cache.find(new AccessTokenKey(new RegistrationId("r2"), Set.of("a", "b")))).isEmpty();
    }

    @Test
    void removeAllWhenRegistrationThenOnlyItsTokensGo() {
        cache.save(new AccessTokenKey(new RegistrationId("r1"), Set.of("a")), token);
        cache.save(new AccessTokenKey(new RegistrationId("r1"), Set.of("b")), token);
        cache.save(new AccessTokenKey(new RegistrationId("r2"), Set.of("a")), token);

        cache.removeAll(new RegistrationId("r1"));

        assertThat(cache.find(new AccessTokenKey(new RegistrationId("r1"), Set.of("a")))).isEmpty();
        assertThat(cache.find(new AccessTokenKey(new RegistrationId("r1"), Set.of("b")))).isEmpty();
        assertThat(cache.find(new AccessTokenKey(new RegistrationId("r2"), Set.of("a")))).hasValue(token);
    }

    @Test
    void scopeParameterWhenAnyOrderThenSortedAndSpaceSeparated() {
        assertThat(new AccessTokenKey(new RegistrationId("r1"), Set.of("b", "c", "a")).scopeParameter())
                .isEqualTo("a b c");
    }
}
