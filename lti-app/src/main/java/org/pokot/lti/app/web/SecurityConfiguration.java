package org.pokot.lti.app.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import org.pokot.lti.app.admin.ConsoleLogin;
import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.app.launch.SessionTokens;

/**
 * Chains, in order (gaps left for new ones): the admin API (bearer JWTs, HTTP Basic while enabled), the admin
 * console (form login), the learner API (the tool's session token, as an OAuth2 resource server), and the LTI
 * endpoints and pages (open: the id_token is their authentication). Only the admin console has an HTTP session;
 * nothing an LMS embeds depends on a third-party session cookie.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The admin REST API: bearer JWTs from the school's issuer ({@link AdminApiTokens}), and HTTP Basic with the
     * admin account while {@code lti.admin.api.basic-enabled} (off in the prod profile). Both end in the role ADMIN.
     */
    @Bean
    @Order(10)
    SecurityFilterChain adminApi(HttpSecurity http, LtiProperties properties) throws Exception {
        LtiProperties.Api api = properties.admin().api();
        AdminApiTokens tokens = new AdminApiTokens(api.jwt());
        AdminApiErrors errors = new AdminApiErrors(api.basicEnabled(), tokens.requiredScope());
        http.securityMatcher("/admin/api/**", "/actuator/gradeoutbox")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                // Browsers resend cached Basic credentials, but this API takes only JSON bodies, which a cross-site
                // form cannot send without a CORS preflight that the tool does not answer.
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (api.jwt().enabled()) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(errors).accessDeniedHandler(errors)
                    .jwt(j -> j.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens.authentication())));
        }
        if (api.basicEnabled()) {
            http.httpBasic(b -> b.authenticationEntryPoint(errors));
        }
        return http.build();
    }

    /**
     * The admin console's pages: form login with an HTTP session (a first-party cookie, on {@code /admin} only),
     * CSRF tokens on every form, never framed and never cached. {@code /admin/api/**} is matched earlier.
     */
    @Bean
    @Order(15)
    SecurityFilterChain adminConsole(HttpSecurity http, ConsoleLogin login) throws Exception {
        return http.securityMatcher("/admin", "/admin/**")
                .authorizeHttpRequests(a -> a.requestMatchers(ConsoleLogin.LOGIN_PAGE, "/admin/setup").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .authenticationManager(login.authenticationManager())
                .formLogin(f -> f.loginPage(ConsoleLogin.LOGIN_PAGE).loginProcessingUrl(ConsoleLogin.LOGIN_PAGE)
                        .successHandler(login.successHandler()).failureHandler(login.failureHandler()))
                .logout(l -> l.logoutUrl("/admin/logout").logoutSuccessUrl(ConsoleLogin.LOGIN_PAGE + "?logout")
                        .addLogoutHandler(new CookieClearingLogoutHandler(ConsoleLogin.expiredSessionCookie())))
                .exceptionHandling(e -> e.authenticationEntryPoint(login.entryPoint()))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; "
                                + "script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
                                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(20)
    SecurityFilterChain learnerApi(HttpSecurity http, JwtDecoder sessionTokenDecoder) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(sessionTokenDecoder))
                        .authenticationEntryPoint(new SessionTokenEntryPoint()))
                .csrf(c -> c.disable()) // bearer tokens, never cookies
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The learner's pages: each is a form post whose {@code access_token} field carries the session token, so no
     * cookie and no token in a URL. A forged form cannot carry a valid token, which also makes CSRF tokens moot.
     */
    @Bean
    @Order(30)
    SecurityFilterChain learnerPages(HttpSecurity http, JwtDecoder sessionTokenDecoder, FrameAncestors frameAncestors,
                                     LtiProperties properties) throws Exception {
        DefaultBearerTokenResolver formToken = new DefaultBearerTokenResolver();
        formToken.setAllowFormEncodedBodyParameter(true);
        return http.securityMatcher("/learn/**", "/deeplinking/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.bearerTokenResolver(formToken)
                        .jwt(j -> j.decoder(sessionTokenDecoder))
                        .authenticationEntryPoint(new SessionTokenEntryPoint()))
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.disable())
                        .addHeaderWriter(new SecurityHeaders(frameAncestors, properties)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .servletApi(s -> s.disable())
                .build();
    }

    @Bean
    @Order(40)
    SecurityFilterChain pages(HttpSecurity http, FrameAncestors frameAncestors, LtiProperties properties)
            throws Exception {
        return http
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                // The only posts here are the platform's cross-site LTI form posts, authenticated by their signed
                // id_token and the state bound to the browser; a CSRF token would also need a session.
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.disable())
                        .addHeaderWriter(new SecurityHeaders(frameAncestors, properties)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                // nobody signs in here and nothing asks the servlet API who is: the filters for those only cost
                .logout(l -> l.disable())
                .anonymous(a -> a.disable())
                .servletApi(s -> s.disable())
                .build();
    }

    /**
     * No observation per security filter. With an observation registry present (actuator brings one), Spring
     * Security otherwise wraps every filter of every chain in an observing decorator, even when the
     * {@code spring.security} observations are switched off; the wrapping alone was about 3 % of a launch's CPU
     * (docs/performance.md), and nothing here reads those observations.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Validates session tokens: HS256 with the session secret, issued by this tool, for this audience, unexpired. */
    @Bean
    JwtDecoder sessionTokenDecoder(SessionTokens sessionTokens) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(sessionTokens.verificationKey())
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(sessionTokens.issuer()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(SessionTokens.AUDIENCE))));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The admin API account; without a configured password there is no account, and every request is refused. */
    @Bean
    UserDetailsService adminUsers(LtiProperties properties) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        LtiProperties.Admin admin = properties.admin();
        if (admin.password() != null && !admin.password().isBlank()) {
            users.createUser(User.withUsername(admin.username()).password(admin.password()).roles("ADMIN").build());
        }
        return users;
    }
}
