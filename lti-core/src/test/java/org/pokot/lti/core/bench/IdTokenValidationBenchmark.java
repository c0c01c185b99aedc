package org.pokot.lti.core.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.jwks.JwksCachePolicy;
import org.pokot.lti.core.jwks.PlatformJwksCache;
import org.pokot.lti.core.launch.LaunchPolicy;
import org.pokot.lti.core.launch.LaunchRequest;
import org.pokot.lti.core.launch.LaunchValidator;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.oidc.InMemoryNonceLedger;
import org.pokot.lti.core.oidc.LoginInitiationRequest;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.oidc.LoginStateSeal;
import org.pokot.lti.core.oidc.NonceLedger;
import org.pokot.lti.core.oidc.PendingLogin;
import org.pokot.lti.core.oidc.SealedLoginStateStore;
import org.pokot.lti.core.registration.InMemoryRegistrationRepository;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.testing.IdTokenBuilder;
import org.pokot.lti.core.testing.TestKeys;

/**
 * What validating one launch costs the tool once the platform's JWKS is cached, and how much of that is the RS256
 * signature. No network: the key set comes from an in-memory transport, fetched once in setup.
 * <p>
 * The login states are sealed as the app seals them ({@link SealedLoginStateStore}): validating one unseals its
 * state (HMAC-SHA256) and records its nonce's single use in a ledger. A launch can be validated only once (a second
 * use is a replay), so setup signs a pool of {@value #POOL} (state, id_token) pairs once, and {@link #validateLaunch}
 * re-arms the pair it is about to use by forgetting its nonce's use: one {@code ConcurrentHashMap.remove}.
 * {@link #rearmStateOnly} measures that alone, so it can be subtracted. The app's ledger is a database row
 * instead; the load driver measures that part.
 * <p>
 * Not a unit test (the name ends in {@code Benchmark}, so surefire ignores it). Run, from {@code /work/main}:
 * <pre>
 * mvn -B -ntp -q -pl lti-core test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
 *     -Dmdep.includeScope=test
 * java -cp lti-core/target/test-classes:lti-core/target/classes:$(cat lti-core/target/test.classpath) \
 *     org.openjdk.jmh.Main IdTokenValidationBenchmark -f 1 -wi 2 -i 3
 * </pre>
 * or call {@link #main} with the same arguments. See {@code docs/performance.md} for figures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class IdTokenValidationBenchmark {

    static final int POOL = 256;

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final String ISSUER = "https://platform.example";
    private static final String CLIENT_ID = "pokot-tool-client";
    private static final String DEPLOYMENT_ID = "deployment-1";
    private static final String TARGET = "https://tool.example/lti/launch";
    private static final URI JWKS_URI = URI.create(ISSUER + "/jwks");

    private final AtomicInteger jwksFetches = new AtomicInteger();
    private InMemoryNonceLedger ledger;
    private LaunchValidator validator;
    private PlatformJwksCache platformKeys;
    private LoginState[] unusedStates;
    private LaunchRequest[] requests;
    private int next;

    private String serializedIdToken;
    private SignedJWT parsedIdToken;
    private JWSHeader header;
    private RSASSAVerifier verifier;

    @Setup(Level.Trial)
    public void setUp() throws JOSEException, ParseException {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        RSAKey platformKey = TestKeys.platformKey();
        byte[] jwks = new JWKSet((JWK) platformKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        HttpTransport platform = request -> {
            jwksFetches.incrementAndGet();
            return new TransportResponse(200, "OK", Map.of("Content-Type", List.of("application/json")), jwks);
        };
        PlatformRegistration registration = PlatformRegistration.builder().id("reg-bench").issuer(ISSUER)
                .clientId(CLIENT_ID).authorizationEndpoint(URI.create(ISSUER + "/auth"))
                .tokenEndpoint(URI.create(ISSUER + "/token")).jwksUri(JWKS_URI).deploymentId(DEPLOYMENT_ID).build();
        InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
        registrations.save(registration);
        ledger = new InMemoryNonceLedger();
        SealedLoginStateStore states = new SealedLoginStateStore(
                LoginStateSeal.derivedFrom("benchmark-secret".getBytes(StandardCharsets.UTF_8), new SecureRandom()),
                ledger);
        platformKeys = new PlatformJwksCache(platform, clock, JwksCachePolicy.defaults());
        validator = new LaunchValidator(registrations, states, platformKeys, LaunchPolicy.defaults(), clock);

        LoginInitiationRequest initiation = LoginInitiationRequest.fromParameters(Map.of("iss", ISSUER,
                "login_hint", "learner-1", "target_link_uri", TARGET, "client_id", CLIENT_ID)::get);
        unusedStates = new LoginState[POOL];
        requests = new LaunchRequest[POOL];
        for (int i = 0; i < POOL; i++) {
            String secret = "browser-secret-" + i + "-0123456789abcdef";
            LoginState state = states.issue(new PendingLogin(registration.id(), initiation, LoginState.hash(secret),
                    NOW, NOW.plus(Duration.ofMinutes(5))));
            String idToken = IdTokenBuilder.forPlatform(platformKey, ISSUER, CLIENT_ID, DEPLOYMENT_ID, TARGET,
                    state.nonce(), NOW).sign();
            unusedStates[i] = state;
            requests[i] = new LaunchRequest(idToken, state.state(), Optional.of(secret));
        }

        // warm the JWKS cache and prove that a pair validates (then it is re-armed like every other)
        validator.validate(requests[0]);
        ledger.forget(unusedStates[0].nonce());

        serializedIdToken = requests[0].idToken();
        parsedIdToken = SignedJWT.parse(serializedIdToken);
        header = parsedIdToken.getHeader();
        verifier = new RSASSAVerifier(platformKey.toRSAPublicKey());
        if (!parsedIdToken.verify(verifier)) {
            throw new IllegalStateException("the benchmark token does not verify");
        }
    }

    @TearDown(Level.Trial)
    public void checkCacheStayedWarm() {
        if (jwksFetches.get() != 1) {
            throw new IllegalStateException("the JWKS was fetched " + jwksFetches.get()
                    + " times: the figures include key fetches");
        }
    }

    /** The whole {@link LaunchValidator#validate}: state, browser binding, warm JWKS, RS256, claims, typed message. */
    @Benchmark
    public ValidatedLaunch validateLaunch() {
        int i = next++ & (POOL - 1);
        ledger.forget(unusedStates[i].nonce());
        return validator.validate(requests[i]);
    }

    /** The re-arming write {@link #validateLaunch} makes before each validation, alone. */
    @Benchmark
    public NonceLedger rearmStateOnly() {
        int i = next++ & (POOL - 1);
        ledger.forget(unusedStates[i].nonce());
        return ledger;
    }

    /** The platform key lookup of a validation with a warm cache. */
    @Benchmark
    public List<JWK> jwksCacheLookupWarm() {
        return platformKeys.keysFor(JWKS_URI, header);
    }

    /** RS256 verification alone (SHA-256 of the signing input, RSA-2048 public operation) of a parsed token. */
    @Benchmark
    public boolean verifyRs256() throws JOSEException {
        return parsedIdToken.verify(verifier);
    }

    /** Parsing the compact serialization (base64url, header JSON) plus RS256 verification. */
    @Benchmark
    public boolean parseAndVerifyRs256() throws ParseException, JOSEException {
        return SignedJWT.parse(serializedIdToken).verify(verifier);
    }

    /** Runs this benchmark; with no arguments, with the annotated defaults. Takes the arguments of JMH's Main. */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length == 0
                ? new String[] {IdTokenValidationBenchmark.class.getSimpleName()} : args);
    }
}
