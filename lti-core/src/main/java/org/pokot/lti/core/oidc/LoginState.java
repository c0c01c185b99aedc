package org.pokot.lti.core.oidc;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import org.pokot.lti.core.registration.RegistrationId;

/**
 * What the tool knows of a login between the login and the launch. The browser secret itself is never kept: only
 * its hash, so neither a sealed state nor a leaked store can be used to complete someone else's login. Whether the
 * login's nonce was used is the store's to say ({@link LoginStateStore#findNonce}, {@link LoginStateStore#markUsed}).
 *
 * @param state       sent to the platform and echoed back with the id_token
 * @param nonce       sent to the platform and expected inside the id_token
 * @param initiation  the login parameters, kept so that a blocked frame can restart the login in a new window
 */
public record LoginState(String state, String nonce, RegistrationId registrationId,
                         LoginInitiationRequest initiation, String browserBindingHash,
                         Instant issuedAt, Instant expiresAt) {

    public LoginState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(initiation, "initiation");
        Objects.requireNonNull(browserBindingHash, "browserBindingHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The login with the state and nonce a store gave it. */
    public static LoginState of(String state, String nonce, PendingLogin login) {
        return new LoginState(state, nonce, login.registrationId(), login.initiation(), login.browserBindingHash(),
                login.issuedAt(), login.expiresAt());
    }

    public URI targetLinkUri() {
        return initiation.targetLinkUri();
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Constant-time comparison of the presented browser secret with the stored hash. */
    public boolean isBoundTo(String browserSecret) {
        if (browserSecret == null || browserSecret.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(hash(browserSecret).getBytes(StandardCharsets.US_ASCII),
                browserBindingHash.getBytes(StandardCharsets.US_ASCII));
    }

    public static String hash(String browserSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(browserSecret.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
