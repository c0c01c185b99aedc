package org.pokot.lti.core.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.RSAKey;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.jwks.InMemoryToolKeyStore;
import org.pokot.lti.core.jwks.ToolKey;
import org.pokot.lti.core.jwks.ToolKeyStatus;
import org.pokot.lti.core.jwks.ToolKeys;

/** The tool's key ring over a fixed RSA key ({@code keys/tool-key-1.json}), so no test pays for key generation. */
public final class TestToolKeys {

    public static final String KID = "tool-key-1";

    private TestToolKeys() {
    }

    public static RSAKey key() {
        try (InputStream in = TestToolKeys.class.getClassLoader().getResourceAsStream("keys/tool-key-1.json")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource keys/tool-key-1.json");
            }
            return RSAKey.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("keys/tool-key-1.json is not an RSA JWK", e);
        }
    }

    /** {@link ToolKeys} whose active key is {@link #key()}. */
    public static ToolKeys toolKeys(Clock clock) {
        InMemoryToolKeyStore store = new InMemoryToolKeyStore();
        store.save(new ToolKey(KID, key(), clock.instant(), ToolKeyStatus.ACTIVE));
        return new ToolKeys(store, sequentialIds("unused-kid-"), clock);
    }

    /** {@code prefix1}, {@code prefix2}, … */
    public static IdGenerator sequentialIds(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return () -> prefix + next.incrementAndGet();
    }
}
