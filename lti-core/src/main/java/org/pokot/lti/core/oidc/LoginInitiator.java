package org.pokot.lti.core.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;

/**
 * Answers a third-party initiated login with the authentication request to the platform, with the state and
 * nonce its {@link LoginStateStore} issued.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">Security Framework §5.1.1.2</a>
 */
public final class LoginInitiator {

    private final RegistrationRepository registrations;
    private final LoginStateStore states;
    private final ToolUrls toolUrls;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration stateTimeToLive;

    public LoginInitiator(RegistrationRepository registrations, LoginStateStore states, ToolUrls toolUrls,
                          IdGenerator ids, Clock clock, Duration stateTimeToLive) {
        this.registrations = registrations;
        this.states = states;
        this.toolUrls = toolUrls;
        this.ids = ids;
        this.clock = clock;
        this.stateTimeToLive = stateTimeToLive;
    }

    /** Starts a login bound to a new browser secret. */
    public LoginStart initiate(LoginInitiationRequest request) {
        return initiate(request, ids.newId());
    }

    /**
     * Starts a login bound to {@code browserSecret}: the caller passes the secret the browser already holds (its
     * binding cookie), so that logins in several tabs of one browser share it.
     */
    public LoginStart initiate(LoginInitiationRequest request, String browserSecret) {
        if (browserSecret == null || browserSecret.length() < 16) {
            throw new IllegalArgumentException("a browser secret must have at least 16 characters");
        }
        if (!toolUrls.isOwnUri(request.targetLinkUri())) {
            throw new LtiException(LtiError.TARGET_LINK_URI_FOREIGN, "target_link_uri " + request.targetLinkUri()
                    + " is not under this tool's base URL " + toolUrls.baseUri());
        }
        PlatformRegistration registration = findRegistration(request);
        if (!registration.enabled()) {
            throw new LtiException(LtiError.REGISTRATION_DISABLED, "registration " + registration.id().value()
                    + " for issuer " + request.issuer() + " is disabled");
        }

        Instant now = clock.instant();
        LoginState state = states.issue(new PendingLogin(registration.id(), request, LoginState.hash(browserSecret),
                now, now.plus(stateTimeToLive)));

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("scope", "openid");
        parameters.put("response_type", "id_token");
        parameters.put("response_mode", "form_post");
        parameters.put("prompt", "none");
        parameters.put("client_id", registration.clientId().value());
        parameters.put("redirect_uri", toolUrls.launchUri().toString());
        parameters.put("login_hint", request.loginHint());
        request.ltiMessageHint().ifPresent(hint -> parameters.put("lti_message_hint", hint));
        parameters.put("state", state.state());
        parameters.put("nonce", state.nonce());
        return new LoginStart(new AuthenticationRequest(registration.authorizationEndpoint(), parameters), state,
                browserSecret);
    }

    private PlatformRegistration findRegistration(LoginInitiationRequest request) {
        if (request.clientId().isPresent()) {
            return registrations.findByIssuerAndClientId(request.issuer(), request.clientId().get())
                    .orElseThrow(() -> new LtiException(LtiError.REGISTRATION_UNKNOWN, "no registration for issuer "
                            + request.issuer() + " and client_id " + request.clientId().get()));
        }
        List<PlatformRegistration> candidates = registrations.findByIssuer(request.issuer());
        if (candidates.isEmpty()) {
            throw new LtiException(LtiError.REGISTRATION_UNKNOWN, "no registration for issuer " + request.issuer());
        }
        if (candidates.size() > 1) {
            throw new LtiException(LtiError.REGISTRATION_AMBIGUOUS, candidates.size()
                    + " registrations share issuer " + request.issuer() + "; the platform must send client_id");
        }
        return candidates.get(0);
    }
}
