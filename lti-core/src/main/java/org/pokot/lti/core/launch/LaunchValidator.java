package org.pokot.lti.core.launch;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.jwks.PlatformJwksCache;
import org.pokot.lti.core.message.LaunchClaims;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.message.LtiMessage;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.oidc.LoginStateStore;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;

/**
 * Validates the platform's authentication response (the id_token form post). Every check fails with its own
 * {@link LtiError}; nothing is written until all have passed, and then the state is consumed atomically.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3</a>
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation">OIDC Core §3.1.3.7</a>
 */
public final class LaunchValidator {

    private final RegistrationRepository registrations;
    private final LoginStateStore states;
    private final IdTokenVerifier verifier;
    private final LaunchPolicy policy;
    private final Clock clock;

    public LaunchValidator(RegistrationRepository registrations, LoginStateStore states, PlatformJwksCache platformKeys,
                           LaunchPolicy policy, Clock clock) {
        this.registrations = registrations;
        this.states = states;
        this.verifier = new IdTokenVerifier(platformKeys, policy);
        this.policy = policy;
        this.clock = clock;
    }

    public ValidatedLaunch validate(LaunchRequest request) {
        Instant now = clock.instant();
        SignedJWT jwt = verifier.parse(request.idToken());
        LoginState state = checkState(request, now);
        PlatformRegistration registration = registrations.findById(state.registrationId())
                .orElseThrow(() -> new LtiException(LtiError.REGISTRATION_UNKNOWN,
                        "the registration this login started with no longer exists"));
        if (!registration.enabled()) {
            throw new LtiException(LtiError.REGISTRATION_DISABLED,
                    "registration " + registration.id().value() + " was disabled after this login started");
        }

        verifier.verifySignature(jwt, registration);
        JWTClaimsSet claims = claimsOf(jwt);
        checkIssuerAndAudience(claims, registration);
        checkTimes(claims, now);
        checkNonce(claims, state);
        DeploymentId deploymentId = deploymentIdOf(claims);
        DeploymentAdmission admission = admit(registration, deploymentId);
        LtiMessage message = LaunchClaims.parseMessage(claims.toJSONObject(), deploymentId);
        // The login named where the launch goes; a token for another target is not this login's answer.
        if (!message.claims().targetLinkUri().equals(state.targetLinkUri())) {
            throw new LtiException(LtiError.TARGET_LINK_URI_FOREIGN, "the id_token's target_link_uri "
                    + message.claims().targetLinkUri() + " is not the one the login asked for, " + state.targetLinkUri());
        }

        // Security Framework §5.1.3: the nonce must be usable once. Marking it is atomic, so of two posts of the
        // same token (a replay, or a race) only one passes, and it is the last check: a refused launch marks nothing.
        if (!states.markUsed(state, now)) {
            throw new LtiException(LtiError.NONCE_REPLAYED, states.findNonce(state.nonce())
                    .flatMap(LoginStateStore.IssuedNonce::usedAt)
                    .map(at -> "this id_token was already used at " + at)
                    .orElse("the nonce was used by a concurrent launch"));
        }
        if (admission == DeploymentAdmission.RECORDED_UNCONFIRMED
                && !registration.unconfirmedDeploymentIds().contains(deploymentId)) {
            registrations.addUnconfirmedDeployment(registration.id(), deploymentId);
        }
        return new ValidatedLaunch(registration, message, state, admission);
    }

    private LoginState checkState(LaunchRequest request, Instant now) {
        if (request.state() == null || request.state().isBlank()) {
            throw new LtiException(LtiError.STATE_MISSING, "the form post has no state field");
        }
        LoginState state = states.findByState(request.state())
                .orElseThrow(() -> new LtiException(LtiError.STATE_UNKNOWN,
                        "this tool issued no state with that value (or it was purged after expiry)"));
        if (state.isExpired(now)) {
            throw new LtiException(LtiError.STATE_EXPIRED, "the login started at " + state.issuedAt()
                    + " and its state expired at " + state.expiresAt());
        }
        // Security Framework §7.3.1: state is bound to the user agent that started the login (CSRF).
        if (!request.browserSecret().map(state::isBoundTo).orElse(false)) {
            throw new LtiException(LtiError.STATE_BROWSER_MISMATCH, request.browserSecret().isEmpty()
                    ? "the browser returned neither the login cookie nor the frame's stored login secret"
                    : "the browser's login secret does not belong to this state");
        }
        return state;
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LtiException(LtiError.ID_TOKEN_MALFORMED, "the id_token payload is not a JSON claims set", e);
        }
    }

    private static void checkIssuerAndAudience(JWTClaimsSet claims, PlatformRegistration registration) {
        String iss = claims.getIssuer();
        if (!registration.issuer().value().equals(iss)) {
            throw new LtiException(LtiError.ISSUER_MISMATCH, "iss is \"" + iss + "\", expected \""
                    + registration.issuer() + "\" (the platform the login started with)");
        }
        List<String> audience = claims.getAudience();
        String clientId = registration.clientId().value();
        if (!audience.contains(clientId)) {
            throw new LtiException(LtiError.AUDIENCE_MISMATCH, "aud is " + audience + ", expected it to contain \""
                    + clientId + "\"");
        }
        Object azp = claims.getClaim("azp");
        // OIDC Core §3.1.3.7 steps 4 and 5: with several audiences azp is required, and it must be our client id.
        if ((audience.size() > 1 || azp != null) && !clientId.equals(azp)) {
            throw new LtiException(LtiError.AZP_MISMATCH, "azp is " + (azp == null ? "missing" : "\"" + azp + "\"")
                    + " with aud " + audience + "; expected \"" + clientId + "\"");
        }
    }

    private void checkTimes(JWTClaimsSet claims, Instant now) {
        Instant exp = instant(claims.getExpirationTime(), "exp");
        Instant iat = instant(claims.getIssueTime(), "iat");
        if (now.isAfter(exp.plus(policy.maxClockSkew()))) {
            throw new LtiException(LtiError.ID_TOKEN_EXPIRED, "exp is " + exp + ", now is " + now
                    + " (allowed clock skew " + policy.maxClockSkew().toSeconds() + " s)");
        }
        if (iat.isAfter(now.plus(policy.maxClockSkew()))) {
            throw new LtiException(LtiError.ID_TOKEN_ISSUED_IN_FUTURE, "iat is " + iat + ", now is " + now
                    + ": check the platform's clock (allowed skew " + policy.maxClockSkew().toSeconds() + " s)");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().isAfter(now.plus(policy.maxClockSkew()))) {
            throw new LtiException(LtiError.ID_TOKEN_NOT_YET_VALID, "nbf is " + nbf.toInstant() + ", now is " + now);
        }
    }

    private static Instant instant(Date date, String claim) {
        if (date == null) {
            throw new LtiException(LtiError.CLAIM_INVALID, "claim " + claim + " is missing");
        }
        return date.toInstant();
    }

    private void checkNonce(JWTClaimsSet claims, LoginState state) {
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String value) || value.isEmpty()) {
            throw new LtiException(LtiError.NONCE_MISSING, "the id_token has no nonce claim");
        }
        if (value.equals(state.nonce())) {
            return; // whether it was used is settled by markUsed, last
        }
        LoginStateStore.IssuedNonce other = states.findNonce(value).orElseThrow(() -> new LtiException(
                LtiError.NONCE_NOT_ISSUED, "the nonce in the id_token was not issued by this tool"));
        if (other.isUsed()) {
            throw new LtiException(LtiError.NONCE_REPLAYED, "the id_token's nonce was already used at "
                    + other.usedAt().get() + ": an earlier launch is being replayed");
        }
        throw new LtiException(LtiError.NONCE_MISMATCH, "the id_token's nonce was issued for a different login");
    }

    private static DeploymentId deploymentIdOf(JWTClaimsSet claims) {
        Object value = claims.getClaim(LtiClaimNames.DEPLOYMENT_ID);
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new LtiException(LtiError.DEPLOYMENT_ID_MISSING, "claim " + LtiClaimNames.DEPLOYMENT_ID + " is missing");
        }
        if (!(value instanceof String s)) {
            throw new LtiException(LtiError.CLAIM_INVALID, "claim " + LtiClaimNames.DEPLOYMENT_ID + " must be a string");
        }
        try {
            return new DeploymentId(s);
        } catch (IllegalArgumentException e) {
            throw new LtiException(LtiError.CLAIM_INVALID, "claim " + LtiClaimNames.DEPLOYMENT_ID + ": " + e.getMessage());
        }
    }

    /**
     * A registered deployment is admitted; any other only under the accept-and-record policy, so that an admin who
     * turns the policy back to reject also stops the deployments recorded but never confirmed.
     */
    private static DeploymentAdmission admit(PlatformRegistration registration, DeploymentId deploymentId) {
        if (registration.deploymentIds().contains(deploymentId)) {
            return DeploymentAdmission.REGISTERED;
        }
        if (registration.unknownDeploymentPolicy() == UnknownDeploymentPolicy.ACCEPT_AND_RECORD) {
            return DeploymentAdmission.RECORDED_UNCONFIRMED;
        }
        throw new LtiException(LtiError.DEPLOYMENT_UNKNOWN, "deployment_id \"" + deploymentId
                + "\" is not registered for " + registration.issuer() + " (client " + registration.clientId()
                + "); registered: " + registration.deploymentIds());
    }
}
