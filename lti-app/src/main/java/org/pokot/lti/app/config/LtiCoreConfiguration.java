package org.pokot.lti.app.config;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.ags.AgsClient;
import org.pokot.lti.core.ags.AgsSettings;
import org.pokot.lti.core.deeplinking.DeepLinkingResponseSigner;
import org.pokot.lti.core.service.AccessTokenCache;
import org.pokot.lti.core.service.AccessTokenClient;
import org.pokot.lti.core.service.AccessTokenSettings;
import org.pokot.lti.core.service.InMemoryAccessTokenCache;
import org.pokot.lti.core.service.PlatformServiceClient;
import org.pokot.lti.core.http.GuardedHttpTransport;
import org.pokot.lti.core.http.HostResolver;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.JdkHttpTransport;
import org.pokot.lti.core.http.OutboundPolicy;
import org.pokot.lti.core.jwks.JwksCachePolicy;
import org.pokot.lti.core.jwks.KeyRotationPolicy;
import org.pokot.lti.core.jwks.PlatformJwksCache;
import org.pokot.lti.core.jwks.ToolKeyRotation;
import org.pokot.lti.core.jwks.ToolKeyStore;
import org.pokot.lti.core.jwks.ToolKeys;
import org.pokot.lti.core.launch.LaunchPolicy;
import org.pokot.lti.core.launch.LaunchValidator;
import org.pokot.lti.core.oidc.LoginInitiator;
import org.pokot.lti.core.oidc.LoginStateStore;
import org.pokot.lti.core.oidc.ToolUrls;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.registration.dynamic.DynamicRegistrar;
import org.pokot.lti.core.registration.dynamic.ToolRegistrationProfile;

/** Maps {@link LtiProperties} onto the core's settings records and wires the core services: the one place that does. */
@Configuration(proxyBeanMethods = false)
class LtiCoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdGenerator idGenerator() {
        return IdGenerator.secureRandom();
    }

    @Bean
    ToolUrls toolUrls(LtiProperties properties) {
        return ToolUrls.under(properties.tool().baseUrl());
    }

    /** Every request to a platform-given URL goes through the guard (address rules, no redirects, limits). */
    @Bean
    HttpTransport httpTransport(LtiProperties properties) {
        LtiProperties.Http http = properties.http();
        return new GuardedHttpTransport(
                new JdkHttpTransport(http.connectTimeout(), http.requestTimeout(), http.maxResponseBytes()),
                HostResolver.system(), new OutboundPolicy(http.allowLoopback(), http.allowedHosts()));
    }

    @Bean
    PlatformJwksCache platformJwksCache(HttpTransport transport, Clock clock, LtiProperties properties) {
        return new PlatformJwksCache(transport, clock,
                new JwksCachePolicy(properties.jwks().timeToLive(), properties.jwks().minRefreshInterval()));
    }

    @Bean
    ToolKeys toolKeys(ToolKeyStore store, IdGenerator ids, Clock clock) {
        return new ToolKeys(store, ids, clock);
    }

    @Bean
    ToolKeyRotation toolKeyRotation(ToolKeys toolKeys, LtiProperties properties, Clock clock) {
        LtiProperties.Keys keys = properties.keys();
        return new ToolKeyRotation(toolKeys, new KeyRotationPolicy(keys.rotationInterval(), keys.leadTime(),
                keys.overlap(), keys.scheduledRotation()), clock);
    }

    /** Per instance: a restart only costs one token request per platform. */
    @Bean
    AccessTokenCache accessTokenCache() {
        return new InMemoryAccessTokenCache();
    }

    @Bean
    AccessTokenClient accessTokenClient(HttpTransport transport, ToolKeys toolKeys, AccessTokenCache cache,
                                        IdGenerator ids, Clock clock) {
        return new AccessTokenClient(transport, toolKeys, cache, clock, ids, AccessTokenSettings.defaults());
    }

    @Bean
    AgsClient agsClient(HttpTransport transport, AccessTokenClient tokens, Clock clock) {
        return new AgsClient(new PlatformServiceClient(transport, tokens, clock), AgsSettings.defaults());
    }

    @Bean
    DeepLinkingResponseSigner deepLinkingResponseSigner(ToolKeys toolKeys, IdGenerator ids, Clock clock) {
        return new DeepLinkingResponseSigner(toolKeys, ids, clock);
    }

    @Bean
    LaunchPolicy launchPolicy(LtiProperties properties) {
        LaunchPolicy defaults = LaunchPolicy.defaults();
        return new LaunchPolicy(properties.launch().maxClockSkew(), properties.launch().maxIdTokenBytes(),
                defaults.algorithms());
    }

    @Bean
    LoginInitiator loginInitiator(RegistrationRepository registrations, LoginStateStore states, ToolUrls toolUrls,
                                  IdGenerator ids, Clock clock, LtiProperties properties) {
        return new LoginInitiator(registrations, states, toolUrls, ids, clock, properties.launch().stateTimeToLive());
    }

    @Bean
    LaunchValidator launchValidator(RegistrationRepository registrations, LoginStateStore states,
                                    PlatformJwksCache platformKeys, LaunchPolicy policy, Clock clock) {
        return new LaunchValidator(registrations, states, platformKeys, policy, clock);
    }

    @Bean
    DynamicRegistrar dynamicRegistrar(HttpTransport transport) {
        return new DynamicRegistrar(transport);
    }

    @Bean
    ToolRegistrationProfile toolRegistrationProfile(LtiProperties properties, ToolUrls toolUrls) {
        LtiProperties.DynamicRegistration dynamic = properties.dynamicRegistration();
        return ToolRegistrationProfile.defaults(properties.tool().name(), dynamic.description(),
                Optional.of(dynamic.logoUri().orElseGet(() -> toolUrls.baseUri().resolve("img/logo.svg"))));
    }
}
