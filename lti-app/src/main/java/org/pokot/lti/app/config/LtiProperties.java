package org.pokot.lti.app.config;

import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;

/**
 * Everything an operator configures, under {@code lti.*}.
 *
 * @param registrations platforms registered from configuration; upserted at start
 */
@ConfigurationProperties("lti")
public record LtiProperties(
        @DefaultValue Tool tool,
        @DefaultValue Launch launch,
        @DefaultValue Session session,
        @DefaultValue Jwks jwks,
        @DefaultValue Keys keys,
        @DefaultValue Http http,
        @DefaultValue Sandbox sandbox,
        @DefaultValue Admin admin,
        @DefaultValue Packs packs,
        @DefaultValue Grading grading,
        @DefaultValue DynamicRegistration dynamicRegistration,
        List<ConfiguredRegistration> registrations) {

    public LtiProperties {
        registrations = registrations == null ? List.of() : List.copyOf(registrations);
    }

    /** @param baseUrl the public URL of the tool, as platforms reach it */
    public record Tool(@DefaultValue("http://localhost:8080") URI baseUrl,
                       @DefaultValue("POKOT micro-credentials") String name) {
    }

    public record Launch(@DefaultValue("60s") Duration maxClockSkew,
                         @DefaultValue("65536") int maxIdTokenBytes,
                         @DefaultValue("10m") Duration stateTimeToLive,
                         @DefaultValue("5m") Duration purgeInterval) {
    }

    /** @param timeToLive lifetime of the tool's own session token handed to the launch page */
    public record Session(@DefaultValue("2h") Duration timeToLive) {
    }

    public record Jwks(@DefaultValue("15m") Duration timeToLive,
                       @DefaultValue("30s") Duration minRefreshInterval) {
    }

    /**
     * The tool's own signing keys.
     *
     * @param rotationInterval  how long a key signs before the schedule replaces it
     * @param leadTime          how long the next key is published before it signs: at least the longest time a
     *                          platform caches the tool's key set
     * @param overlap           how long a replaced key stays published before it is retired
     * @param scheduledRotation whether rotations start on the schedule, or only when an admin asks
     * @param checkInterval     how often each instance makes the steps that are due and re-reads the keys
     */
    public record Keys(@DefaultValue("90d") Duration rotationInterval,
                       @DefaultValue("24h") Duration leadTime,
                       @DefaultValue("24h") Duration overlap,
                       @DefaultValue("true") boolean scheduledRotation,
                       @DefaultValue("1m") Duration checkInterval) {
    }

    /**
     * Requests to URLs platforms hand the tool.
     *
     * @param allowLoopback loopback hosts (and http to them) may be fetched: on for development and the sandbox, off
     *                      in the prod profile
     * @param allowedHosts  hosts an admin allows although they resolve to private addresses (an LMS on the school's
     *                      own network)
     */
    public record Http(@DefaultValue("5s") Duration connectTimeout,
                       @DefaultValue("10s") Duration requestTimeout,
                       @DefaultValue("1048576") int maxResponseBytes,
                       @DefaultValue("true") boolean allowLoopback,
                       Set<String> allowedHosts) {

        public Http {
            allowedHosts = allowedHosts == null ? Set.of() : Set.copyOf(allowedHosts);
        }
    }

    /**
     * The built-in platform for trying the tool without an LMS. Its pages are served on {@code platformUrl}, a
     * different site from the tool's, so that the embedding behaves as with a real LMS.
     */
    public record Sandbox(@DefaultValue("false") boolean enabled,
                          @DefaultValue("http://127.0.0.1:8080") URI platformUrl) {
    }

    /**
     * The configured admin account, of the admin API and the admin console. {@code password} is a Spring Security
     * encoded password ({@code {bcrypt}...}); with none set the admin API accepts no HTTP Basic login, and the
     * console's first account is made with the setup token printed at start.
     *
     * @param sessionTimeout a console session ends after this long without a request
     * @param loginAttempts  how failed console logins lock a user name and a client address
     * @param api            how the admin REST API authenticates its callers
     * @param setupTokenFile where the one-time setup token is written when no admin account exists (readable by
     *                       the tool's user only); the log names the file, never the token
     */
    public record Admin(@DefaultValue("admin") String username, String password,
                        @DefaultValue("30m") Duration sessionTimeout,
                        @DefaultValue LoginAttempts loginAttempts,
                        @DefaultValue Api api,
                        @DefaultValue("./data/admin-setup-token") java.nio.file.Path setupTokenFile) {

        /**
         * @param maxFailures failures in a row before a lock
         * @param lockout     the first lock; each further failure doubles it
         * @param maxLockout  the longest lock; also how long failures are remembered after a lock ends
         */
        public record LoginAttempts(@DefaultValue("5") int maxFailures, @DefaultValue("1m") Duration lockout,
                                    @DefaultValue("1h") Duration maxLockout) {
        }
    }

    /**
     * How the admin REST API authenticates its callers.
     *
     * @param basicEnabled whether the admin account may call it with HTTP Basic: a bootstrap for development and
     *                     first set-up, off in the prod profile
     */
    public record Api(@DefaultValue("true") boolean basicEnabled, @DefaultValue Jwt jwt) {
    }

    /**
     * Bearer JWTs from the school's own authorization server. Off while {@code issuerUri} is unset.
     *
     * @param issuerUri the {@code iss} tokens must carry; its OpenID configuration names the key set unless
     *                  {@code jwkSetUri} does
     * @param jwkSetUri the issuer's key set, when it publishes no OpenID configuration (or to skip fetching it)
     * @param audience  a value the token's {@code aud} must contain: required, so that a token the issuer made for
     *                  another service is not accepted here
     * @param scope     the scope ({@code scope} or {@code scp} claim) or role ({@code roles} claim) that makes the
     *                  caller an admin of this tool
     */
    public record Jwt(URI issuerUri, URI jwkSetUri, String audience, @DefaultValue("lti-admin") String scope) {

        public boolean enabled() {
            return issuerUri != null;
        }
    }

    /**
     * @param pollInterval how often the outbox worker looks for due scores
     * @param giveUpAfter  a score still failing this long after it was recorded is given up (DEAD, error kept)
     */
    public record Grading(@DefaultValue("10s") Duration pollInterval, @DefaultValue("7d") Duration giveUpAfter) {
    }

    /**
     * LTI Dynamic Registration at {@code /lti/register}.
     *
     * @param enabled           off: the registration URL refuses every platform, and platforms are registered by hand
     * @param pendingTimeToLive how long a started registration (and the platform's registration token) is kept
     *                          for the admin's confirmation; never beyond the token's own expiry
     * @param description       what the LMS shows about the tool
     * @param logoUri           the tool's logo in the LMS; empty means the tool's own {@code /img/logo.svg}
     * @param startsPerAddress  registrations one client address may start per {@code startsPeriod}: each start
     *                          makes the tool fetch a URL the request names, and the URL needs no login
     * @param startsPeriod      the window of {@code startsPerAddress}
     */
    public record DynamicRegistration(@DefaultValue("true") boolean enabled,
                                      @DefaultValue("30m") Duration pendingTimeToLive,
                                      @DefaultValue("POKOT training modules on micro-credentials for continuous "
                                              + "learning, with completion sent to the gradebook") String description,
                                      Optional<URI> logoUri,
                                      @DefaultValue("20") int startsPerAddress,
                                      @DefaultValue("10m") Duration startsPeriod) {
        public DynamicRegistration {
            logoUri = logoUri == null ? Optional.empty() : logoUri;
        }
    }

    /** @param directory a folder of extra content packs, one sub-folder per pack, read at start */
    public record Packs(Optional<Path> directory) {
        public Packs {
            directory = directory == null ? Optional.empty() : directory;
        }
    }

    public record ConfiguredRegistration(String id, String issuer, String clientId, URI authorizationEndpoint,
                                         URI tokenEndpoint, URI jwksUri, Set<String> deploymentIds,
                                         @DefaultValue("REJECT") UnknownDeploymentPolicy unknownDeploymentPolicy,
                                         @DefaultValue("OTHER") PlatformFamily family, String tokenAudience) {
    }
}
