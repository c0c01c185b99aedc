package org.pokot.lti.core;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Source of unguessable identifiers (state, nonce, key ids, correlation ids).
 * Injected everywhere so that tests can use predictable values.
 */
@FunctionalInterface
public interface IdGenerator {

    /** A new identifier, URL-safe, never reused. */
    String newId();

    /** 192 bits from {@link SecureRandom}, base64url without padding (32 characters). */
    static IdGenerator secureRandom() {
        SecureRandom random = new SecureRandom();
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return () -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            return encoder.encodeToString(bytes);
        };
    }
}
