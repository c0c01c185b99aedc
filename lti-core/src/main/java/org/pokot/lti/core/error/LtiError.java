package org.pokot.lti.core.error;

import java.util.Locale;

/**
 * Every way an LTI exchange can fail, each with its own code. The wire code follows RFC 6749 / OpenID Connect,
 * the status is what the tool answers, and the spec link names the clause the check enforces.
 */
public enum LtiError {

    // Third-party initiated login
    LOGIN_PARAMETER_MISSING(WireCode.INVALID_REQUEST, 400, Specs.LOGIN,
            "A required login initiation parameter is missing."),
    LOGIN_PARAMETER_INVALID(WireCode.INVALID_REQUEST, 400, Specs.LOGIN,
            "A login initiation parameter has an invalid value."),
    TARGET_LINK_URI_FOREIGN(WireCode.INVALID_REQUEST, 400, Specs.LOGIN,
            "The target_link_uri does not point at this tool."),
    REGISTRATION_UNKNOWN(WireCode.UNAUTHORIZED_CLIENT, 400, Specs.LOGIN,
            "No platform is registered with this issuer and client id."),
    REGISTRATION_AMBIGUOUS(WireCode.INVALID_REQUEST, 400, Specs.LOGIN,
            "Several registrations match this issuer and the login request carries no client_id."),
    REGISTRATION_DISABLED(WireCode.UNAUTHORIZED_CLIENT, 403, Specs.LOGIN,
            "The tool's administrator has switched this platform's registration off."),
    REGISTRATION_INVALID(WireCode.INVALID_REQUEST, 400, Specs.REGISTRATION,
            "The platform registration is incomplete or invalid."),
    PLATFORM_URL_INSECURE(WireCode.INVALID_REQUEST, 400, Specs.REGISTRATION,
            "A platform URL must use https (http is accepted only for loopback hosts)."),

    // Dynamic registration: what the admin sees in the platform's registration frame
    DYNAMIC_REGISTRATION_DISABLED(WireCode.ACCESS_DENIED, 403, Specs.DR_OVERVIEW,
            "Dynamic registration is switched off on this tool: register the platform by hand instead."),
    DYNAMIC_REGISTRATION_REQUEST_INVALID(WireCode.INVALID_REQUEST, 400, Specs.DR_OVERVIEW,
            "The registration was not started by a platform: the openid_configuration parameter is missing or is "
                    + "not a URL."),
    DYNAMIC_REGISTRATION_RATE_LIMITED(WireCode.TEMPORARILY_UNAVAILABLE, 429, Specs.DR_OVERVIEW,
            "Too many registrations were started from this address in a short time: wait a few minutes and start "
                    + "again from the LMS."),
    DYNAMIC_REGISTRATION_UNAVAILABLE(WireCode.TEMPORARILY_UNAVAILABLE, 502, Specs.DR_OVERVIEW,
            "The platform's OpenID configuration or registration endpoint could not be reached."),
    PLATFORM_CONFIGURATION_INVALID(WireCode.INVALID_REQUEST, 400, Specs.DR_OPENID_CONFIGURATION,
            "The platform's OpenID configuration lacks a field this tool needs, or is not JSON."),
    PLATFORM_CONFIGURATION_FOREIGN(WireCode.INVALID_REQUEST, 400, Specs.DR_ISSUER_MATCH,
            "The platform's OpenID configuration is not served from its issuer's site, so it cannot be trusted."),
    DYNAMIC_REGISTRATION_EXPIRED(WireCode.INVALID_REQUEST, 400, Specs.DR_OVERVIEW,
            "This registration page has expired or was already completed: start the registration again from the "
                    + "LMS."),
    DYNAMIC_REGISTRATION_REFUSED(WireCode.INVALID_REQUEST, 400, Specs.DR_SUCCESSFUL_REGISTRATION,
            "The platform refused the tool's registration request."),
    DYNAMIC_REGISTRATION_RESPONSE_INVALID(WireCode.SERVER_ERROR, 502, Specs.DR_SUCCESSFUL_REGISTRATION,
            "The platform accepted the registration but its answer carries no usable client_id."),

    PLATFORM_AUTH_ERROR(WireCode.INVALID_REQUEST, 400, Specs.AUTH_ERROR,
            "The platform answered the login with an error instead of an id_token."),

    // id_token transport and signature
    ID_TOKEN_MISSING(WireCode.INVALID_REQUEST, 400, Specs.AUTH_RESPONSE,
            "The launch request carries no id_token."),
    ID_TOKEN_TOO_LARGE(WireCode.INVALID_REQUEST, 400, Specs.AUTH_RESPONSE,
            "The id_token is larger than this tool accepts."),
    ID_TOKEN_MALFORMED(WireCode.INVALID_REQUEST, 400, Specs.AUTH_RESPONSE,
            "The id_token is not a well-formed signed JWT."),
    ID_TOKEN_ALGORITHM_NOT_ALLOWED(WireCode.INVALID_REQUEST, 401, Specs.ID_TOKEN_SIGNATURE,
            "The id_token is signed with an algorithm this tool does not accept."),
    ID_TOKEN_KEY_UNKNOWN(WireCode.INVALID_REQUEST, 401, Specs.ID_TOKEN_SIGNATURE,
            "The platform's key set has no key matching the id_token's kid."),
    ID_TOKEN_SIGNATURE_INVALID(WireCode.INVALID_REQUEST, 401, Specs.ID_TOKEN_SIGNATURE,
            "The id_token signature does not verify with the platform's key."),
    JWKS_UNAVAILABLE(WireCode.TEMPORARILY_UNAVAILABLE, 502, Specs.ID_TOKEN_SIGNATURE,
            "The platform's key set (JWKS) could not be fetched."),

    // id_token claims
    ISSUER_MISMATCH(WireCode.INVALID_REQUEST, 401, Specs.AUTH_RESPONSE,
            "The id_token's iss is not the issuer of the platform the login started with."),
    AUDIENCE_MISMATCH(WireCode.INVALID_REQUEST, 401, Specs.AUTH_RESPONSE,
            "The id_token's aud does not contain this tool's client id."),
    AZP_MISMATCH(WireCode.INVALID_REQUEST, 401, Specs.AUTH_RESPONSE,
            "The id_token's azp is missing or is not this tool's client id."),
    ID_TOKEN_EXPIRED(WireCode.INVALID_REQUEST, 401, Specs.AUTH_RESPONSE,
            "The id_token has expired."),
    ID_TOKEN_ISSUED_IN_FUTURE(WireCode.INVALID_REQUEST, 401, Specs.AUTH_RESPONSE,
            "The id_token's iat is in the future."),
    ID_TOKEN_NOT_YET_VALID(WireCode.INVALID_REQUEST, 401, Specs.AUTH_RESPONSE,
            "The id_token's nbf is in the future."),
    STATE_MISSING(WireCode.INVALID_REQUEST, 400, Specs.AUTH_RESPONSE,
            "The launch request carries no state."),
    STATE_UNKNOWN(WireCode.INVALID_REQUEST, 401, Specs.AUTH_RESPONSE,
            "The state was not issued by this tool, or it has already been used."),
    STATE_EXPIRED(WireCode.INVALID_REQUEST, 401, Specs.AUTH_RESPONSE,
            "The login took too long: its state has expired."),
    STATE_BROWSER_MISMATCH(WireCode.INVALID_REQUEST, 401, Specs.AUTH_RESPONSE,
            "The launch did not come from the browser that started the login."),
    NONCE_MISSING(WireCode.INVALID_REQUEST, 401, Specs.NONCE,
            "The id_token carries no nonce."),
    NONCE_NOT_ISSUED(WireCode.INVALID_REQUEST, 401, Specs.NONCE,
            "The id_token's nonce was never issued by this tool."),
    NONCE_REPLAYED(WireCode.INVALID_REQUEST, 401, Specs.NONCE,
            "The id_token's nonce has already been used: the launch was replayed."),
    NONCE_MISMATCH(WireCode.INVALID_REQUEST, 401, Specs.NONCE,
            "The id_token's nonce belongs to another login than its state."),
    DEPLOYMENT_ID_MISSING(WireCode.INVALID_REQUEST, 400, Specs.DEPLOYMENT_ID,
            "The id_token carries no deployment_id claim."),
    DEPLOYMENT_UNKNOWN(WireCode.UNAUTHORIZED_CLIENT, 403, Specs.DEPLOYMENT_ID,
            "The deployment_id is not registered for this platform."),
    MESSAGE_TYPE_UNSUPPORTED(WireCode.INVALID_REQUEST, 400, Specs.MESSAGE_TYPE,
            "The message_type is missing or not one this tool handles."),
    VERSION_UNSUPPORTED(WireCode.INVALID_REQUEST, 400, Specs.VERSION,
            "The LTI version claim is missing or is not 1.3.0."),
    SUBJECT_MISSING(WireCode.INVALID_REQUEST, 400, Specs.USER,
            "The resource link launch carries no sub (user id)."),
    ROLES_MISSING(WireCode.INVALID_REQUEST, 400, Specs.ROLES,
            "The launch carries no roles claim."),
    RESOURCE_LINK_MISSING(WireCode.INVALID_REQUEST, 400, Specs.RESOURCE_LINK,
            "The resource link launch carries no resource_link claim with an id."),
    TARGET_LINK_URI_MISSING(WireCode.INVALID_REQUEST, 400, Specs.TARGET_LINK_URI,
            "The launch carries no target_link_uri claim."),
    CLAIM_INVALID(WireCode.INVALID_REQUEST, 400, Specs.REQUIRED_CLAIMS,
            "A claim has a value of the wrong type or form."),

    // Deep linking
    DEEP_LINKING_SETTINGS_INVALID(WireCode.INVALID_REQUEST, 400, Specs.DL_SETTINGS,
            "The deep-linking request has no usable deep_linking_settings (return URL and accepted types)."),
    DEEP_LINKING_NOT_ALLOWED(WireCode.ACCESS_DENIED, 403, Specs.DL_REQUEST,
            "Only instructors, content developers and administrators may choose content for a course."),
    DEEP_LINKING_ITEMS_NOT_ACCEPTED(WireCode.INVALID_REQUEST, 400, Specs.DL_RESPONSE,
            "The chosen content is not what the platform's deep-linking request accepts."),

    // The tool's own session after a launch
    SESSION_TOKEN_INVALID(WireCode.INVALID_TOKEN, 401, Specs.SESSION,
            "The tool session token is missing, expired or invalid: launch the tool again from the course."),
    CONTENT_NOT_FOUND(WireCode.INVALID_REQUEST, 404, Specs.CUSTOM,
            "The content this activity or page asks for is not in the tool, or not in this activity."),

    // Platform services
    PLATFORM_SERVICE_ERROR(WireCode.SERVER_ERROR, 502, Specs.SERVICES,
            "A platform service answered with an error."),
    ACCESS_TOKEN_REJECTED(WireCode.INVALID_CLIENT, 502, Specs.CLIENT_CREDENTIALS,
            "The platform's token endpoint did not accept the tool's client assertion: check the client id, the "
                    + "tool's key set URL registered on the platform, and that both clocks are right."),
    SCOPE_NOT_GRANTED(WireCode.INVALID_SCOPE, 502, Specs.AGS_SCOPES,
            "The platform did not grant the scope this service call needs: enable the service for the tool on the "
                    + "platform."),
    PLATFORM_SERVICE_UNAUTHORIZED(WireCode.INVALID_TOKEN, 502, Specs.SERVICES,
            "The platform service refused even a fresh access token: the LMS web server may strip the "
                    + "Authorization header before it reaches the LMS."),
    PLATFORM_SERVICE_REFUSED(WireCode.INVALID_REQUEST, 502, Specs.AGS,
            "The platform service refused the request, and sending it again will not help."),
    PLATFORM_SERVICE_CONFLICT(WireCode.INVALID_REQUEST, 409, Specs.AGS_SCORES,
            "The platform service refused the request because of its current state, e.g. a score with a later "
                    + "timestamp is already recorded."),
    PLATFORM_SERVICE_UNAVAILABLE(WireCode.TEMPORARILY_UNAVAILABLE, 503, Specs.SERVICES,
            "The platform service did not answer, or asked the tool to try again later."),
    PLATFORM_SERVICE_RESPONSE_INVALID(WireCode.SERVER_ERROR, 502, Specs.AGS,
            "The platform service answered with a body this tool cannot read."),

    // Tool administration
    GRADE_DELIVERY_NOT_REQUEUEABLE(WireCode.INVALID_REQUEST, 409, Specs.AGS_SCORES,
            "Only a score the tool gave up on can be sent again; this one does not exist, is still waiting, or "
                    + "reached the gradebook.");

    private final WireCode wireCode;
    private final int httpStatus;
    private final String specUri;
    private final String description;

    LtiError(WireCode wireCode, int httpStatus, String specUri, String description) {
        this.wireCode = wireCode;
        this.httpStatus = httpStatus;
        this.specUri = specUri;
        this.description = description;
    }

    /** The OAuth 2.0 / OpenID Connect error code sent on the wire, e.g. {@code invalid_request}. */
    public String wireCode() {
        return wireCode.value;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The specification clause this check enforces. */
    public String specUri() {
        return specUri;
    }

    /** A sentence an LMS admin can act on. */
    public String description() {
        return description;
    }

    /** The code shown to people and used as the anchor in {@code docs/troubleshooting.md}, e.g. {@code nonce-replayed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private enum WireCode {
        INVALID_REQUEST("invalid_request"),
        UNAUTHORIZED_CLIENT("unauthorized_client"),
        INVALID_TOKEN("invalid_token"),
        ACCESS_DENIED("access_denied"),
        INVALID_CLIENT("invalid_client"),
        INVALID_SCOPE("invalid_scope"),
        SERVER_ERROR("server_error"),
        TEMPORARILY_UNAVAILABLE("temporarily_unavailable");

        private final String value;

        WireCode(String value) {
            this.value = value;
        }
    }

    private static final class Specs {
        static final String SECURITY = "https://www.imsglobal.org/spec/security/v1p0/";
        static final String LTI = "https://www.imsglobal.org/spec/lti/v1p3/";
        static final String LOGIN = SECURITY + "#step-1-third-party-initiated-login";
        static final String AUTH_RESPONSE = SECURITY + "#authentication-response-validation";
        static final String AUTH_ERROR = "https://openid.net/specs/openid-connect-core-1_0.html#AuthError";
        static final String ID_TOKEN_SIGNATURE = SECURITY + "#platform-originating-messages";
        static final String NONCE = "https://openid.net/specs/openid-connect-core-1_0.html#NonceNotes";
        static final String REGISTRATION = LTI + "#tool-deployment";
        static final String DEPLOYMENT_ID = LTI + "#lti-deployment-id-claim";
        static final String MESSAGE_TYPE = LTI + "#message-type-claim";
        static final String VERSION = LTI + "#lti-version-claim";
        static final String USER = LTI + "#user-identity-claims";
        static final String ROLES = LTI + "#roles-claim";
        static final String RESOURCE_LINK = LTI + "#resource-link-claim";
        static final String TARGET_LINK_URI = LTI + "#target-link-uri";
        static final String REQUIRED_CLAIMS = LTI + "#required-message-claims";
        static final String DL = "https://www.imsglobal.org/spec/lti-dl/v2p0";
        static final String DL_SETTINGS = DL + "#deep-linking-settings";
        static final String DL_REQUEST = DL + "#deep-linking-request-message";
        static final String DL_RESPONSE = DL + "#deep-linking-response-message";
        static final String CUSTOM = LTI + "#custom-properties-and-variable-substitution";
        static final String SESSION = "https://www.rfc-editor.org/rfc/rfc6750#section-3.1";
        static final String SERVICES = SECURITY + "#securing_web_services";
        static final String CLIENT_CREDENTIALS = SECURITY
                + "#using-json-web-tokens-with-oauth-2-0-client-credentials-grant";
        static final String DR = "https://www.imsglobal.org/spec/lti-dr/v1p0";
        static final String DR_OVERVIEW = DR + "#overview";
        static final String DR_OPENID_CONFIGURATION = DR + "#openid-configuration";
        static final String DR_ISSUER_MATCH = DR + "#issuer-and-openid-configuration-url-match";
        static final String DR_SUCCESSFUL_REGISTRATION = DR + "#successful-registration";
        static final String AGS = "https://www.imsglobal.org/spec/lti-ags/v2p0/";
        static final String AGS_SCOPES = AGS + "#line-item-service-scope-and-allowed-http-methods";
        static final String AGS_SCORES = AGS + "#score-publish-service";

        private Specs() {
        }
    }
}
