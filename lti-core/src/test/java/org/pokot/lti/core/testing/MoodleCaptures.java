package org.pokot.lti.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.pokot.lti.core.registration.PlatformRegistration;

/**
 * The real Moodle 5.0 captures under {@code src/test/resources/fixtures/moodle} (see the README beside them), read
 * as they are: nothing here rewrites a captured value.
 */
public final class MoodleCaptures {

    public static final String ISSUER = "http://127.0.0.1:8081";
    public static final String CLIENT_ID = "22jxBNLgJMEsf4N";
    public static final String DEPLOYMENT_ID = "1";
    public static final URI AUTHORIZATION_ENDPOINT = URI.create(ISSUER + "/mod/lti/auth.php");
    public static final URI TOKEN_ENDPOINT = URI.create(ISSUER + "/mod/lti/token.php");
    public static final URI JWKS_URI = URI.create(ISSUER + "/mod/lti/certs.php");
    /** Where the dummy tool of the capture ran. */
    public static final URI TOOL_BASE = URI.create("http://127.0.0.1:9090");

    private static final String ROOT = "fixtures/moodle/";

    private MoodleCaptures() {
    }

    /** The lab registration: issuer, client id, deployment {@code 1} and Moodle's endpoints. */
    public static PlatformRegistration.Builder registration() {
        return PlatformRegistration.builder().id("reg-moodle").issuer(ISSUER).clientId(CLIENT_ID)
                .authorizationEndpoint(AUTHORIZATION_ENDPOINT).tokenEndpoint(TOKEN_ENDPOINT).jwksUri(JWKS_URI)
                .deploymentId(DEPLOYMENT_ID);
    }

    /** {@code "student"} or {@code "teacher"}: the resource link launch captured for that user. */
    public static Launch launch(String who) {
        return new Launch(who,
                text("launch/" + who + "-resource-link.id_token.jwt").trim(),
                text("launch/" + who + "-resource-link.state.txt").trim(),
                json("launch/" + who + "-resource-link.payload.json"),
                stringMap(json("launch/" + who + "-login-initiation.json").get("params")),
                stringMap(json("launch/" + who + "-auth-request.json").get("params")),
                (String) json("launch/" + who + "-auth-request.json").get("location"));
    }

    /** Moodle's key set as the tool fetched it at that user's launch ({@code platform/jwks.at-*-launch.json}). */
    public static String jwksAtLaunch(String who) {
        return text("platform/jwks.at-" + who + "-launch.json");
    }

    /** A file under {@code fixtures/moodle/}, as UTF-8 text. */
    public static String text(String path) {
        try (InputStream in = MoodleCaptures.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + ROOT + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object file under {@code fixtures/moodle/}. */
    public static Map<String, Object> json(String path) {
        try {
            return JSONObjectUtils.parse(text(path));
        } catch (ParseException e) {
            throw new IllegalStateException(ROOT + path + " is not a JSON object", e);
        }
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    /**
     * One captured launch.
     *
     * @param idToken         the raw id_token Moodle posted
     * @param state           the state Moodle echoed
     * @param payload         the decoded id_token payload
     * @param loginInitiation the parameters Moodle posted to the tool's login URL
     * @param authRequest     the parameters of the tool's authentication request that Moodle accepted, in order
     * @param authLocation    the full redirect to Moodle's auth endpoint
     */
    public record Launch(String who, String idToken, String state, Map<String, Object> payload,
                         Map<String, String> loginInitiation, Map<String, String> authRequest, String authLocation) {

        public String nonce() {
            return (String) payload.get("nonce");
        }

        public Instant issuedAt() {
            return Instant.ofEpochSecond(((Number) payload.get("iat")).longValue());
        }

        public Instant expiresAt() {
            return Instant.ofEpochSecond(((Number) payload.get("exp")).longValue());
        }

        @Override
        public String toString() {
            return "MoodleCaptures.Launch[" + who + "]";
        }
    }
}
