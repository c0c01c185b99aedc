package org.pokot.lti.core.jwks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.IntStream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.testing.TestClock;

/** The tool's key ring. Each test generates one or two real 2048-bit keys, so they stay few. */
class ToolKeysTest {

    private final TestClock clock = TestClock.atStart();
    private final Iterator<String> kids = IntStream.rangeClosed(1, 100).mapToObj(i -> "tool-key-" + i).iterator();
    private final IdGenerator ids = kids::next;
    private InMemoryToolKeyStore store;
    private ToolKeys keys;

    @BeforeEach
    void setUp() {
        store = new InMemoryToolKeyStore();
        keys = new ToolKeys(store, ids, clock);
    }

    @Test
    void signingKeyWhenStoreEmptyThenCreatesPersistsAndReusesFirstKey() {
        assertThat(store.findAll()).isEmpty();

        ToolKey first = keys.signingKey();

        assertThat(first.kid()).isEqualTo("tool-key-1");
        assertThat(first.status()).isEqualTo(ToolKeyStatus.ACTIVE);
        assertThat(first.createdAt()).isEqualTo(TestClock.START);
        assertThat(first.jwk().getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(first.jwk().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(first.jwk().size()).isEqualTo(2048);
        assertThat(store.findAll()).extracting(ToolKey::kid).containsExactly("tool-key-1");
        assertThat(keys.signingKey()).isSameAs(first);
        // another instance of the tool over the same store finds the key instead of making one
        assertThat(new ToolKeys(store, ids, clock).signingKey().kid()).isEqualTo("tool-key-1");
        assertThat(store.findAll()).hasSize(1);
    }

    @Test
    void publicJwksWhenServedThenHoldsOnlyPublicParts() {
        JWKSet jwks = keys.publicJwks();

        assertThat(jwks.getKeys()).hasSize(1);
        JWK key = jwks.getKeys().get(0);
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyID()).isEqualTo(keys.signingKey().kid());
        Map<String, Object> json = jwks.toJSONObject();
        assertThat(json.toString()).doesNotContain("\"d\"");
        assertThat(key.toJSONObject()).containsKeys("kty", "kid", "n", "e")
                .doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
        assertThat(jwks.toString()).doesNotContain(keys.signingKey().jwk().getPrivateExponent().toString());
    }

    @Test
    void rotateWhenCalledThenNewKeySignsAndOldStaysPublishedAsPrevious() {
        ToolKey old = keys.signingKey();
        clock.advance(Duration.ofDays(90));

        ToolKey next = keys.rotate();

        assertThat(next.kid()).isNotEqualTo(old.kid());
        assertThat(next.createdAt()).isEqualTo(TestClock.START.plus(Duration.ofDays(90)));
        assertThat(keys.signingKey().kid()).isEqualTo(next.kid());
        assertThat(keys.all()).extracting(ToolKey::kid, ToolKey::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(old.kid(), ToolKeyStatus.PREVIOUS),
                org.assertj.core.groups.Tuple.tuple(next.kid(), ToolKeyStatus.ACTIVE));
        assertThat(keys.publicJwks().getKeys()).extracting(JWK::getKeyID).containsExactlyInAnyOrder(old.kid(),
                next.kid());
        assertThat(keys.publicJwks().getKeys()).noneMatch(JWK::isPrivate);
    }

    @Test
    void retireWhenPreviousKeyThenNoLongerPublished() {
        ToolKey old = keys.signingKey();
        clock.advance(Duration.ofDays(90));
        ToolKey next = keys.rotate();

        keys.retire(old.kid());

        assertThat(keys.publicJwks().getKeys()).extracting(JWK::getKeyID).containsExactly(next.kid());
        assertThat(keys.all()).filteredOn(k -> k.kid().equals(old.kid())).extracting(ToolKey::status)
                .containsExactly(ToolKeyStatus.RETIRED);
        assertThat(keys.signingKey().kid()).isEqualTo(next.kid());
    }

    @Test
    void retireWhenActiveKeyThenRefused() {
        ToolKey active = keys.signingKey();

        assertThatIllegalStateException().isThrownBy(() -> keys.retire(active.kid()));
        assertThat(keys.publicJwks().getKeys()).extracting(JWK::getKeyID).containsExactly(active.kid());
    }

    @Test
    void retireWhenUnknownKidThenRefused() {
        keys.signingKey();

        assertThatIllegalArgumentException().isThrownBy(() -> keys.retire("no-such-kid"));
    }

    @Test
    void reloadWhenAnotherInstanceRotatedThenSeesNewSigningKey() {
        ToolKey old = keys.signingKey();
        ToolKeys otherInstance = new ToolKeys(store, ids, clock);
        clock.advance(Duration.ofDays(1));
        ToolKey next = otherInstance.rotate();

        assertThat(keys.signingKey().kid()).as("cached until reload").isEqualTo(old.kid());
        keys.reload();

        assertThat(keys.signingKey().kid()).isEqualTo(next.kid());
        assertThat(keys.publicJwks().getKeys()).hasSize(2);
    }

    @Test
    void toStringWhenLoggedThenHidesPrivateKey() {
        ToolKey key = keys.signingKey();

        assertThat(key.toString()).contains(key.kid()).doesNotContain(key.jwk().getPrivateExponent().toString());
    }
}
