package org.pokot.lti.core.service;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.TransportRequest;
import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.jwks.ToolKeys;

/**
 * Gets access tokens for platform services with the OAuth 2.0 client-credentials grant, authenticating with a
 * {@code private_key_jwt} client assertion signed by the tool's active key. Tokens are cached per registration and
 * scope set until shortly before they expire.
 * <p>
 * The token endpoint's answer is read leniently: Moodle sends its JSON as {@code text/html}, and its {@code error}
 * may be a sentence with unescaped quotes. Neither the assertion nor a token ever appears in a result's detail.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security Framework §4.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7523#section-2.2">RFC 7523 §2.2</a>
 */
public final class AccessTokenClient {

    private static final Pattern ERROR_FIELD = Pattern.compile("\"error\"\\s*:\\s*\"(.*?)\"\\s*[,}]", Pattern.DOTALL);

    private final HttpTransport transport;
    private final ToolKeys toolKeys;
    private final AccessTokenCache cache;
    private final Clock clock;
    private final IdGenerator ids;
    private final AccessTokenSettings settings;
    private final Map<AccessTokenKey, Object> locks = new ConcurrentHashMap<>();

    public AccessTokenClient(HttpTransport transport, ToolKeys toolKeys, AccessTokenCache cache, Clock clock,
                             IdGenerator ids, AccessTokenSettings settings) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.toolKeys = Objects.requireNonNull(toolKeys, "toolKeys");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * A cached token that is still fresh, or a new one. Only successes are cached: after an error the next call asks
     * again.
     */
    public TokenResult token(ServicePlatform platform, Set<String> scopes) {
        AccessTokenKey key = new AccessTokenKey(platform.registration().id(), scopes);
        Optional<AccessToken> cached = fresh(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = fresh(key); // another thread may have fetched one while this one waited
            if (cached.isPresent()) {
                return cached.get();
            }
            TokenResult result = request(platform, key);
            if (result instanceof AccessToken token) {
                cache.save(key, token);
            }
            return result;
        }
    }

    /** Forgets the cached token and asks for a new one: after a service answered 401 to the cached one. */
    public TokenResult refresh(ServicePlatform platform, Set<String> scopes) {
        invalidate(platform, scopes);
        return token(platform, scopes);
    }

    public void invalidate(ServicePlatform platform, Set<String> scopes) {
        cache.remove(new AccessTokenKey(platform.registration().id(), scopes));
    }

    private Optional<AccessToken> fresh(AccessTokenKey key) {
        return cache.find(key).filter(t -> t.isFreshAt(clock.instant(), settings.refreshMargin()));
    }

    private TokenResult request(ServicePlatform platform, AccessTokenKey key) {
        URI endpoint = platform.registration().tokenEndpoint();
        Instant now = clock.instant();
        String assertion = ClientAssertion.sign(platform, toolKeys.signer(), now, settings.assertionLifetime(), ids);
        String body = "grant_type=client_credentials"
                + "&client_assertion_type=" + form(ClientAssertion.TYPE)
                + "&client_assertion=" + form(assertion)
                + "&scope=" + form(key.scopeParameter());
        TransportResponse response;
        try {
            response = transport.send(TransportRequest.post(endpoint, Map.of(
                    "Content-Type", "application/x-www-form-urlencoded",
                    "Accept", "application/json"), body));
        } catch (IOException e) {
            return TokenError.noAnswer(endpoint, e);
        }
        return read(response, now, key.scopes());
    }

    private TokenResult read(TransportResponse response, Instant issuedAt, Set<String> requested) {
        int status = response.status();
        Optional<Instant> retryAt = RetryAfter.parse(response, clock.instant());
        String text = response.bodyText().strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            json = null;
        }
        if (json == null) {
            Matcher error = ERROR_FIELD.matcher(text);
            if (!response.isSuccess() && error.find()) {
                return TokenError.ofCode(status, error.group(1)).withRetryAt(retryAt);
            }
            return TokenError.unreadable(status, response.header("Content-Type").orElse("none")).withRetryAt(retryAt);
        }
        try {
            if (response.isSuccess() && json.get("access_token") != null) {
                return AccessToken.fromJson(json, issuedAt, requested, settings.assumedTokenLifetime());
            }
            if (json.get("error") != null) {
                return TokenError.fromJson(json, status).withRetryAt(retryAt);
            }
            return TokenError.unreadable(status, response.header("Content-Type").orElse("none")).withRetryAt(retryAt);
        } catch (LtiException e) {
            return new TokenError(e.error(), OptionalInt.of(status), "unusable response",
                    Optional.of(e.detail()), retryAt);
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
