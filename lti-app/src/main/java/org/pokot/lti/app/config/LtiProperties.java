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
        @DefaultValue Http http,
        @DefaultValue Sandbox sandbox,
        @DefaultValue Admin admin,
        @DefaultValue Packs packs,
        @DefaultValue Grading grading,
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
     * encoded password ({@code {bcrypt}...}); with none set the admin API refuses every request, and the console's
     * first account is made with the setup token printed at start.
     *
     * @param sessionTimeout a console session ends after this long without a request
     * @param loginAttempts  how failed console logins lock a user name and a client address
     */
    public record Admin(@DefaultValue("admin") String username, String password,
                        @DefaultValue("30m") Duration sessionTimeout,
                        @DefaultValue LoginAttempts loginAttempts) {

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
     * @param pollInterval how often the outbox worker looks for due scores
     * @param giveUpAfter  a score still failing this long after it was recorded is given up (DEAD, error kept)
     */
    public record Grading(@DefaultValue("10s") Duration pollInterval, @DefaultValue("7d") Duration giveUpAfter) {
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
