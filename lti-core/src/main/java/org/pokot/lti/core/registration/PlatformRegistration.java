package org.pokot.lti.core.registration;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the tool knows about one platform (an LMS) and the client id it was given there.
 *
 * @param deploymentIds            deployments an admin registered or confirmed
 * @param unconfirmedDeploymentIds deployments accepted under {@link UnknownDeploymentPolicy#ACCEPT_AND_RECORD},
 *                                 waiting for an admin
 * @param family                   the LMS product, for its known differences
 * @param tokenAudience            the client assertion's {@code aud} when the platform names one (dynamic
 *                                 registration's {@code authorization_server}, or set by the admin); empty means
 *                                 the family's default
 * @param enabled                  false while an admin has switched the registration off: no launch is accepted
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#tool-deployment">LTI 1.3 §3.1.3</a>
 */
public record PlatformRegistration(
        RegistrationId id,
        Issuer issuer,
        ClientId clientId,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        URI jwksUri,
        Set<DeploymentId> deploymentIds,
        Set<DeploymentId> unconfirmedDeploymentIds,
        UnknownDeploymentPolicy unknownDeploymentPolicy,
        PlatformFamily family,
        Optional<String> tokenAudience,
        boolean enabled) {

    public PlatformRegistration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        PlatformUrls.requireSecure(authorizationEndpoint, "authorization endpoint");
        PlatformUrls.requireSecure(tokenEndpoint, "token endpoint");
        PlatformUrls.requireSecure(jwksUri, "JWKS URL");
        deploymentIds = Set.copyOf(deploymentIds);
        unconfirmedDeploymentIds = Set.copyOf(unconfirmedDeploymentIds);
        Objects.requireNonNull(unknownDeploymentPolicy, "unknownDeploymentPolicy");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(tokenAudience, "tokenAudience");
        if (tokenAudience.isPresent() && tokenAudience.get().isBlank()) {
            throw new IllegalArgumentException("a token audience must not be blank; leave it empty for the default");
        }
    }

    /** The {@code aud} of the tool's client assertions for this platform's token endpoint. */
    public String assertionAudience() {
        return tokenAudience.orElseGet(() -> family.defaultTokenAudience(tokenEndpoint));
    }

    public boolean isDeploymentKnown(DeploymentId deploymentId) {
        return deploymentIds.contains(deploymentId) || unconfirmedDeploymentIds.contains(deploymentId);
    }

    /** The origin (scheme://host[:port]) of the issuer: the page that frames the tool. */
    public String platformOrigin() {
        URI uri = URI.create(issuer.value());
        int port = uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + (port == -1 ? "" : ":" + port);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id.value()).issuer(issuer.value()).clientId(clientId.value())
                .authorizationEndpoint(authorizationEndpoint).tokenEndpoint(tokenEndpoint).jwksUri(jwksUri)
                .deploymentIds(deploymentIds).unconfirmedDeploymentIds(unconfirmedDeploymentIds)
                .unknownDeploymentPolicy(unknownDeploymentPolicy).family(family)
                .tokenAudience(tokenAudience.orElse(null)).enabled(enabled);
    }

    /** Builds a registration; {@link #build()} applies every check of the record. */
    public static final class Builder {
        private String id;
        private String issuer;
        private String clientId;
        private URI authorizationEndpoint;
        private URI tokenEndpoint;
        private URI jwksUri;
        private Set<DeploymentId> deploymentIds = Set.of();
        private Set<DeploymentId> unconfirmedDeploymentIds = Set.of();
        private UnknownDeploymentPolicy unknownDeploymentPolicy = UnknownDeploymentPolicy.REJECT;
        private PlatformFamily family = PlatformFamily.OTHER;
        private String tokenAudience;
        private boolean enabled = true;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder authorizationEndpoint(URI uri) {
            this.authorizationEndpoint = uri;
            return this;
        }

        public Builder tokenEndpoint(URI uri) {
            this.tokenEndpoint = uri;
            return this;
        }

        public Builder jwksUri(URI uri) {
            this.jwksUri = uri;
            return this;
        }

        public Builder deploymentIds(Set<DeploymentId> ids) {
            this.deploymentIds = ids;
            return this;
        }

        public Builder deploymentId(String id) {
            this.deploymentIds = union(deploymentIds, new DeploymentId(id));
            return this;
        }

        public Builder unconfirmedDeploymentIds(Set<DeploymentId> ids) {
            this.unconfirmedDeploymentIds = ids;
            return this;
        }

        public Builder unknownDeploymentPolicy(UnknownDeploymentPolicy policy) {
            this.unknownDeploymentPolicy = policy;
            return this;
        }

        public Builder family(PlatformFamily family) {
            this.family = family;
            return this;
        }

        /** Null or blank means the family's default audience. */
        public Builder tokenAudience(String audience) {
            this.tokenAudience = audience;
            return this;
        }

        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public PlatformRegistration build() {
            Optional<String> audience = Optional.ofNullable(tokenAudience).filter(a -> !a.isBlank());
            return new PlatformRegistration(new RegistrationId(id), new Issuer(issuer), new ClientId(clientId),
                    authorizationEndpoint, tokenEndpoint, jwksUri, deploymentIds, unconfirmedDeploymentIds,
                    unknownDeploymentPolicy, family, audience, enabled);
        }

        private static Set<DeploymentId> union(Set<DeploymentId> ids, DeploymentId id) {
            java.util.HashSet<DeploymentId> copy = new java.util.HashSet<>(ids);
            copy.add(id);
            return copy;
        }
    }
}
