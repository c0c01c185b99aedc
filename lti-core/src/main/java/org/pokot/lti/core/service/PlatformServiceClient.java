package org.pokot.lti.core.service;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.TransportRequest;
import org.pokot.lti.core.http.TransportResponse;

/**
 * Sends one authorized call to a platform service and says how it ended, as a {@link ServiceOutcome}:
 * <ol>
 *   <li>refuses a service URL that is plain http to a host other than loopback: the token would cross the network in
 *       clear text;</li>
 *   <li>gets a token for the request's scope set (cached by {@link AccessTokenClient});</li>
 *   <li>does not send the call when the token grants none of the scopes it needs (Moodle would answer 401);</li>
 *   <li>on 401, forgets the token, gets a fresh one and sends once more; a second 401 is {@code Unauthorized};</li>
 *   <li>classifies the status: 2xx success, 409 conflict, 408/425/429/5xx and no answer retryable, others refused.</li>
 * </ol>
 * Shared by the AGS and NRPS clients, so every service call follows the same rules.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#securing_web_services">Security Framework §4</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 */
public final class PlatformServiceClient {

    private final HttpTransport transport;
    private final AccessTokenClient tokens;
    private final Clock clock;

    public PlatformServiceClient(HttpTransport transport, AccessTokenClient tokens, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public <T> ServiceOutcome<T> execute(ServicePlatform platform, ServiceRequest request, ResponseReader<T> reader) {
        ServiceOperation operation = request.operation();
        if (!isSecure(request.uri())) {
            return new ServiceOutcome.Refused<>(new ServiceProblem(LtiError.PLATFORM_URL_INSECURE,
                    operation.description(), OptionalInt.empty(), "", "the service URL " + request.uri()
                    + " does not use https, so the access token is not sent to it (http is accepted only for "
                    + "loopback hosts)"));
        }
        TokenResult token = tokens.token(platform, request.tokenScopes());
        Optional<ServiceOutcome<T>> blocked = blocked(token, operation);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        TransportResponse response;
        try {
            response = send(request, (AccessToken) token);
            if (response.status() == 401) {
                // the cached token may have been revoked or have expired early: one more try with a fresh one
                token = tokens.refresh(platform, request.tokenScopes());
                blocked = blocked(token, operation);
                if (blocked.isPresent()) {
                    return blocked.get();
                }
                response = send(request, (AccessToken) token);
            }
        } catch (IOException e) {
            return new ServiceOutcome.Retryable<>(new ServiceProblem(LtiError.PLATFORM_SERVICE_UNAVAILABLE,
                    operation.description(), OptionalInt.empty(), "", "the platform did not answer ("
                    + describe(e) + "); try again later"), Optional.empty());
        }
        return classify(operation, response, reader);
    }

    /**
     * A token for {@code scopes}, as an outcome: callers read {@link AccessToken#scopes()} to learn what the platform
     * granted and leave out what it did not.
     */
    public ServiceOutcome<AccessToken> accessToken(ServicePlatform platform, Set<String> scopes,
                                                   ServiceOperation operation) {
        TokenResult token = tokens.token(platform, scopes);
        if (token instanceof TokenError error) {
            return tokenFailure(error, operation);
        }
        return new ServiceOutcome.Success<>((AccessToken) token);
    }

    private TransportResponse send(ServiceRequest request, AccessToken token) throws IOException {
        TransportRequest authorized = request.request().withHeader("Authorization", token.authorizationHeader());
        return transport.send(authorized);
    }

    private <T> Optional<ServiceOutcome<T>> blocked(TokenResult token, ServiceOperation operation) {
        if (token instanceof TokenError error) {
            return Optional.of(tokenFailure(error, operation));
        }
        AccessToken granted = (AccessToken) token;
        if (!granted.grantsAny(operation.acceptedScopes())) {
            Set<String> needed = new TreeSet<>(operation.acceptedScopes());
            String explanation = "the platform granted " + new TreeSet<>(granted.scopes())
                    + ", but this call needs " + (needed.size() == 1 ? needed.iterator().next() : "one of " + needed)
                    + ": enable the service for the tool on the platform (Moodle: the tool's \"IMS LTI Assignment "
                    + "and Grade Services\" setting, \"grade sync and column management\" for line items)";
            return Optional.of(new ServiceOutcome.ScopeNotGranted<>(new ServiceProblem(LtiError.SCOPE_NOT_GRANTED,
                    operation.description(), OptionalInt.empty(), "", explanation), needed, granted.scopes()));
        }
        return Optional.empty();
    }

    private <T> ServiceOutcome.Failure<T> tokenFailure(TokenError error, ServiceOperation operation) {
        ServiceProblem problem = new ServiceProblem(error.error(), operation.description(), error.httpStatus(), "",
                error.detail());
        if (error.error() == LtiError.SCOPE_NOT_GRANTED) {
            return new ServiceOutcome.ScopeNotGranted<>(problem, operation.acceptedScopes(), Set.of());
        }
        if (error.isRetryable()) {
            return new ServiceOutcome.Retryable<>(problem, error.retryAt());
        }
        return new ServiceOutcome.Refused<>(problem);
    }

    private <T> ServiceOutcome<T> classify(ServiceOperation operation, TransportResponse response,
                                           ResponseReader<T> reader) {
        int status = response.status();
        if (response.isSuccess()) {
            try {
                return new ServiceOutcome.Success<>(reader.read(response));
            } catch (LtiException e) {
                return new ServiceOutcome.Refused<>(new ServiceProblem(e.error(), operation.description(),
                        OptionalInt.of(status), "", e.detail()));
            }
        }
        ServiceProblem problem = new ServiceProblem(errorFor(status), operation.description(), OptionalInt.of(status),
                reason(response), operation.explain(status).orElseGet(() -> explain(status)));
        if (status == 401) {
            return new ServiceOutcome.Unauthorized<>(problem);
        }
        if (status == 409) {
            return new ServiceOutcome.Conflict<>(problem);
        }
        if (TokenError.isRetryableStatus(status)) {
            return new ServiceOutcome.Retryable<>(problem, RetryAfter.parse(response, clock.instant()));
        }
        return new ServiceOutcome.Refused<>(problem);
    }

    private static LtiError errorFor(int status) {
        if (status == 401) {
            return LtiError.PLATFORM_SERVICE_UNAUTHORIZED;
        }
        if (status == 409) {
            return LtiError.PLATFORM_SERVICE_CONFLICT;
        }
        if (TokenError.isRetryableStatus(status)) {
            return LtiError.PLATFORM_SERVICE_UNAVAILABLE;
        }
        return LtiError.PLATFORM_SERVICE_REFUSED;
    }

    /**
     * The platform's words: the reason phrase when the transport has it, else the {@code reason} of the JSON body
     * Moodle sends for errors without a body of their own ({@code {"status":401,"reason":"Unauthorized",…}}).
     */
    private static String reason(TransportResponse response) {
        if (!response.reasonPhrase().isBlank()) {
            return response.reasonPhrase();
        }
        try {
            Map<String, Object> json = JSONObjectUtils.parse(response.bodyText());
            if (json.get("reason") instanceof String reason) {
                return reason;
            }
        } catch (ParseException e) {
            // Moodle's score errors have the body [] and the detail only in the status line
        }
        return "";
    }

    static String explain(int status) {
        if (status == 401) {
            return "the platform refused the access token twice, the second time a fresh one: the LMS web server may "
                    + "strip the Authorization header before it reaches the LMS (Apache with PHP-FPM or CGI needs "
                    + "\"CGIPassAuth On\" or a rewrite rule that passes it on), or the token lacks the scope this "
                    + "call needs";
        }
        if (status >= 300 && status < 400) {
            return "the platform answered with a redirect, which service calls do not follow: check that the "
                    + "service URL (http or https, host name) is the one the platform uses";
        }
        switch (status) {
            case 400:
                return "the platform refused the request as invalid";
            case 403:
                return "the platform does not allow this tool to do this here";
            case 404:
                return "the platform does not know this resource: it was deleted, or the URL is wrong";
            case 405:
                return "the platform does not support this method on this URL";
            case 406:
            case 415:
                return "the platform does not accept this media type";
            case 408:
                return "the platform timed out waiting for the request; try again later";
            case 409:
                return "the request conflicts with the platform's current state";
            case 410:
                return "the resource has been removed from the platform";
            case 422:
                return "the platform could not process the content of the request";
            case 425:
                return "the platform asked to try again later (too early)";
            case 429:
                return "the platform is limiting the rate of requests; try again later";
            case 502:
            case 503:
            case 504:
                return "the platform or a proxy in front of it is unavailable; try again later";
            default:
                return status >= 500 ? "the platform failed with an internal error; try again later"
                        : "the platform refused the request";
        }
    }

    /**
     * https, or http towards a loopback host given literally (no DNS lookup), the same rule as for the registration's
     * URLs: a bearer token never crosses a network in clear text.
     */
    static boolean isSecure(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        if (scheme.equals("https")) {
            return true;
        }
        if (!scheme.equals("http")) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (!(h.matches("[0-9.]+") || h.contains(":"))) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A short description of why no answer arrived; never contains request content. */
    static String describe(IOException e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return "timed out";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
