package org.pokot.lti.core.oidc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.RegistrationId;

/**
 * Seals a login into its own state value, and makes nonces that carry their own proof of origin, both with
 * HMAC-SHA256 under a key only the tool's instances share. A state is {@code base64url(payload).base64url(tag)};
 * the payload (the nonce, the registration, the browser secret's hash, the times and the login parameters) is
 * signed, not encrypted: it holds nothing the browser did not send or will not see in the redirect. A nonce is 16
 * random bytes and the first 16 bytes of their tag.
 * <p>
 * Opening checks the tag before it reads anything, in constant time, and answers empty for any value it did not
 * seal, so a forged or altered state is "not issued by this tool".
 */
public final class LoginStateSeal {

    /** Far above any real state (the login parameters are bounded at 4096 characters each), and cheap to refuse. */
    public static final int MAX_STATE_LENGTH = 32 * 1024;

    private static final byte FORMAT = 1;
    private static final byte STATE_DOMAIN = 'S';
    private static final byte NONCE_DOMAIN = 'N';
    private static final int TAG_BYTES = 32;
    private static final int NONCE_RANDOM_BYTES = 16;
    private static final int NONCE_TAG_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final SecureRandom random;
    // Mac is not thread-safe and getInstance looks the provider up each time: one per thread, keyed once.
    private final ThreadLocal<Mac> macs;

    public LoginStateSeal(byte[] key, SecureRandom random) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the login state key needs at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.random = random;
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * A key of its own for login states, derived from a longer-lived secret (HMAC of a fixed label), so that the
     * same secret can sign other things without a value of one kind passing for the other.
     */
    public static LoginStateSeal derivedFrom(byte[] secret, SecureRandom random) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return new LoginStateSeal(mac.doFinal("pokot-lti login state v1".getBytes(StandardCharsets.US_ASCII)),
                    random);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    public String newNonce() {
        byte[] nonce = new byte[NONCE_RANDOM_BYTES + NONCE_TAG_BYTES];
        random.nextBytes(nonce);
        byte[] tag = tag(NONCE_DOMAIN, nonce, 0, NONCE_RANDOM_BYTES);
        System.arraycopy(tag, 0, nonce, NONCE_RANDOM_BYTES, NONCE_TAG_BYTES);
        return ENCODER.encodeToString(nonce);
    }

    /** Whether {@link #newNonce} made this nonce under this key. */
    public boolean madeNonce(String nonce) {
        byte[] bytes = decode(nonce, (NONCE_RANDOM_BYTES + NONCE_TAG_BYTES) * 2);
        if (bytes == null || bytes.length != NONCE_RANDOM_BYTES + NONCE_TAG_BYTES) {
            return false;
        }
        byte[] tag = tag(NONCE_DOMAIN, bytes, 0, NONCE_RANDOM_BYTES);
        return MessageDigest.isEqual(Arrays.copyOf(tag, NONCE_TAG_BYTES),
                Arrays.copyOfRange(bytes, NONCE_RANDOM_BYTES, bytes.length));
    }

    public String seal(String nonce, PendingLogin login) {
        byte[] payload = payload(nonce, login);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(tag(STATE_DOMAIN, payload, 0,
                payload.length));
    }

    /** The login sealed in {@code state}; empty when this key did not seal it (or it is malformed). */
    public Optional<LoginState> open(String state) {
        if (state == null || state.length() > MAX_STATE_LENGTH) {
            return Optional.empty();
        }
        int dot = state.indexOf('.');
        if (dot < 0 || state.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        byte[] payload = decode(state.substring(0, dot), MAX_STATE_LENGTH);
        byte[] tag = decode(state.substring(dot + 1), MAX_STATE_LENGTH);
        if (payload == null || tag == null || tag.length != TAG_BYTES
                || !MessageDigest.isEqual(tag, tag(STATE_DOMAIN, payload, 0, payload.length))) {
            return Optional.empty();
        }
        return read(state, payload);
    }

    private static byte[] payload(String nonce, PendingLogin login) {
        LoginInitiationRequest initiation = login.initiation();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(nonce);
            out.writeUTF(login.registrationId().value());
            out.writeUTF(login.browserBindingHash());
            writeInstant(out, login.issuedAt());
            writeInstant(out, login.expiresAt());
            out.writeUTF(initiation.issuer().value());
            out.writeUTF(initiation.loginHint());
            out.writeUTF(initiation.targetLinkUri().toString());
            writeOptional(out, initiation.ltiMessageHint());
            writeOptional(out, initiation.clientId().map(ClientId::value));
            writeOptional(out, initiation.deploymentId().map(DeploymentId::value));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static Optional<LoginState> read(String state, byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readByte() != FORMAT) {
                return Optional.empty();
            }
            String nonce = in.readUTF();
            RegistrationId registrationId = new RegistrationId(in.readUTF());
            String bindingHash = in.readUTF();
            Instant issuedAt = readInstant(in);
            Instant expiresAt = readInstant(in);
            LoginInitiationRequest initiation = new LoginInitiationRequest(new Issuer(in.readUTF()), in.readUTF(),
                    URI.create(in.readUTF()), readOptional(in), readOptional(in).map(ClientId::new),
                    readOptional(in).map(DeploymentId::new));
            if (in.available() > 0) {
                return Optional.empty();
            }
            return Optional.of(new LoginState(state, nonce, registrationId, initiation, bindingHash, issuedAt,
                    expiresAt));
        } catch (IOException | RuntimeException e) {
            // Only a payload sealed by another format (or key holder) gets here: the tag matched.
            return Optional.empty();
        }
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    private static byte[] decode(String value, int maxLength) {
        if (value.isEmpty() || value.length() > maxLength) {
            return null;
        }
        try {
            return DECODER.decode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] tag(byte domain, byte[] bytes, int offset, int length) {
        Mac mac = macs.get();
        mac.update(domain);
        mac.update(bytes, offset, length);
        return mac.doFinal();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "LoginStateSeal[HmacSHA256]";
    }
}
