package org.pokot.lti.core.jwks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Iterator;
import java.util.Map;
import java.util.stream.IntStream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

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
        assertThat(store.load().keys()).isEmpty();

        ToolKey first = keys.signingKey();

        assertThat(first.kid()).isEqualTo("tool-key-1");
        assertThat(first.status()).isEqualTo(ToolKeyStatus.ACTIVE);
        assertThat(first.createdAt()).isEqualTo(TestClock.START);
        assertThat(first.jwk().getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(first.jwk().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(first.jwk().size()).isEqualTo(2048);
        assertThat(store.load().keys()).extracting(ToolKey::kid).containsExactly("tool-key-1");
        assertThat(keys.signingKey()).isSameAs(first);
        // another instance of the tool over the same store finds the key instead of making one
        assertThat(new ToolKeys(store, ids, clock).signingKey().kid()).isEqualTo("tool-key-1");
        assertThat(store.load().keys()).hasSize(1);
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
    void signerWhenSameActiveKeyThenSameSignerAndItsSignaturesVerifyWithThePublishedKey() throws Exception {
        ToolSigner signer = keys.signer();

        String jwt = signer.sign(new JWTClaimsSet.Builder().issuer("tool").build());

        assertThat(keys.signer()).isSameAs(signer);
        keys.reload();
        assertThat(keys.signer()).as("reused across reloads while the key is active").isSameAs(signer);
        SignedJWT parsed = SignedJWT.parse(jwt);
        assertThat(parsed.getHeader().getKeyID()).isEqualTo(keys.signingKey().kid());
        assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(parsed.verify(new RSASSAVerifier(
                (RSAKey) keys.publicJwks().getKeyByKeyId(parsed.getHeader().getKeyID())))).isTrue();
        assertThat(signer.toString()).doesNotContain(keys.signingKey().jwk().getPrivateExponent().toString());
    }

    @Test
    void retireWhenPreviousKeyThenNoLongerPublished() {
        ToolKey old = keys.signingKey();
        ToolKey next = keys.generate(ToolKeyStatus.ACTIVE);
        store.save(old.withStatus(ToolKeyStatus.PREVIOUS, TestClock.START));
        store.save(next);
        keys.reload();

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
        ToolKeyRotation otherRotation = new ToolKeyRotation(otherInstance, KeyRotationPolicy.defaults(), clock);
        String next = otherRotation.begin().orElseThrow().kid();
        clock.advance(KeyRotationPolicy.defaults().leadTime());
        otherRotation.advance();

        assertThat(keys.signingKey().kid()).as("cached until reload").isEqualTo(old.kid());
        keys.reload();

        assertThat(keys.signingKey().kid()).isEqualTo(next);
        assertThat(keys.publicJwks().getKeys()).hasSize(2);
    }

    @Test
    void toStringWhenLoggedThenHidesPrivateKey() {
        ToolKey key = keys.signingKey();

        assertThat(key.toString()).contains(key.kid()).doesNotContain(key.jwk().getPrivateExponent().toString());
    }
}
