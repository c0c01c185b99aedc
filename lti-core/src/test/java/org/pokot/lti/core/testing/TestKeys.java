package org.pokot.lti.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import com.nimbusds.jose.jwk.RSAKey;

/** Fixed RSA keys from {@code src/test/resources/keys}, so tests never pay for key generation. */
public final class TestKeys {

    private TestKeys() {
    }

    /** The simulated platform's signing key. */
    public static RSAKey platformKey() {
        return load("keys/platform-key-1.json");
    }

    /** A second platform key, for rotation and wrong-key tests. */
    public static RSAKey otherPlatformKey() {
        return load("keys/platform-key-2.json");
    }

    private static RSAKey load(String resource) {
        try (InputStream in = TestKeys.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return RSAKey.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(resource + " is not an RSA JWK", e);
        }
    }
}
