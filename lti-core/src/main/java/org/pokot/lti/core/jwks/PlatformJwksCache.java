package org.pokot.lti.core.jwks;

import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.TransportRequest;
import org.pokot.lti.core.http.TransportResponse;

/**
 * Platform key sets, fetched through the guarded {@link HttpTransport} and cached per JWKS URL.
 * <p>
 * Written here rather than with nimbus {@code JWKSourceBuilder} because its cache and rate limiter read the system
 * clock: this one takes a {@link Clock}, so the refetch-once and rate-limit rules are tested exactly.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url">Security Framework §6.3</a>
 */
public final class PlatformJwksCache {

    private final HttpTransport transport;
    private final Clock clock;
    private final JwksCachePolicy policy;
    private final Map<URI, Entry> entries = new ConcurrentHashMap<>();

    public PlatformJwksCache(HttpTransport transport, Clock clock, JwksCachePolicy policy) {
        this.transport = transport;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * The keys of the set at {@code jwksUri} that match the header's kid, key type and algorithm. When none match,
     * the set is fetched again once, unless it was fetched less than the minimum refresh interval ago.
     *
     * @return the matching keys; empty when the platform has no such key
     * @throws LtiException {@link LtiError#JWKS_UNAVAILABLE} when the set cannot be fetched and none is cached
     */
    public List<JWK> keysFor(URI jwksUri, JWSHeader header) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(header));
        Instant now = clock.instant();
        Entry entry = entries.get(jwksUri);
        if (entry == null || entry.isStale(now, policy)) {
            entry = refresh(jwksUri, entry, now);
        }
        List<JWK> keys = selector.select(entry.keys());
        if (keys.isEmpty() && entry.mayRefetch(now, policy)) {
            keys = selector.select(refresh(jwksUri, entry, now).keys());
        }
        return keys;
    }

    /** Forgets a cached set, e.g. when an admin changes the registration's JWKS URL. */
    public void evict(URI jwksUri) {
        entries.remove(jwksUri);
    }

    private Entry refresh(URI jwksUri, Entry previous, Instant now) {
        synchronized (lockFor(jwksUri)) {
            Entry current = entries.get(jwksUri);
            if (current != null && current != previous) {
                return current; // another thread refreshed while we waited
            }
            try {
                Entry fetched = new Entry(fetch(jwksUri), now);
                entries.put(jwksUri, fetched);
                return fetched;
            } catch (LtiException e) {
                if (previous != null) {
                    // keep serving the keys we had, and do not retry before the refresh interval has passed
                    Entry kept = new Entry(previous.keys(), now);
                    entries.put(jwksUri, kept);
                    return kept;
                }
                throw e;
            }
        }
    }

    private Object lockFor(URI jwksUri) {
        return locks.computeIfAbsent(jwksUri, k -> new Object());
    }

    private final Map<URI, Object> locks = new ConcurrentHashMap<>();

    private JWKSet fetch(URI jwksUri) {
        TransportResponse response;
        try {
            response = transport.send(TransportRequest.get(jwksUri, Map.of("Accept", "application/json")));
        } catch (IOException e) {
            throw new LtiException(LtiError.JWKS_UNAVAILABLE, "fetching " + jwksUri + " failed: " + e.getMessage(), e);
        }
        if (!response.isSuccess()) {
            throw new LtiException(LtiError.JWKS_UNAVAILABLE,
                    "fetching " + jwksUri + " answered HTTP " + response.status());
        }
        try {
            return JWKSet.parse(response.bodyText());
        } catch (ParseException e) {
            throw new LtiException(LtiError.JWKS_UNAVAILABLE, jwksUri + " is not a JSON Web Key Set", e);
        }
    }

    private record Entry(JWKSet keys, Instant fetchedAt) {

        boolean isStale(Instant now, JwksCachePolicy policy) {
            return !now.isBefore(fetchedAt.plus(policy.timeToLive()));
        }

        boolean mayRefetch(Instant now, JwksCachePolicy policy) {
            return !now.isBefore(fetchedAt.plus(policy.minRefreshInterval()));
        }
    }
}
