package org.pokot.lti.core.registration.dynamic;

import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.TransportRequest;
import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.registration.PlatformUrls;

/**
 * The tool's side of a dynamic registration on the wire: fetch and check the platform's OpenID configuration, read
 * the registration an update token is for, and post the client registration. Every request goes through the
 * given transport (in the app: the guarded one), so a configuration URL cannot point the tool at an internal host.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#overview">Dynamic Registration 1.0</a>
 */
public final class DynamicRegistrar {

    /** Longest platform message shown to the admin; longer bodies are not messages. */
    private static final int MAX_PLATFORM_TEXT = 200;

    private final HttpTransport transport;

    public DynamicRegistrar(HttpTransport transport) {
        this.transport = transport;
    }

    /**
     * Fetches the configuration and checks it: every URL https (or http to loopback), the fields the tool needs, and
     * the configuration URL on the issuer's own origin, without which any site could claim to be any platform.
     * The registration token, when given, goes along as a bearer token: Canvas requires it there.
     *
     * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#issuer-and-openid-configuration-url-match">Dynamic Registration, issuer and OpenID configuration URL match</a>
     */
    public PlatformConfiguration discover(URI configurationUrl, Optional<RegistrationToken> token) {
        try {
            PlatformUrls.requireSecure(configurationUrl, "openid_configuration");
        } catch (IllegalArgumentException e) {
            throw new LtiException(LtiError.PLATFORM_URL_INSECURE, e.getMessage());
        }
        TransportResponse response = send(TransportRequest.get(configurationUrl, headers(token)), "OpenID configuration");
        if (!response.isSuccess()) {
            throw new LtiException(LtiError.DYNAMIC_REGISTRATION_UNAVAILABLE, "the OpenID configuration at "
                    + configurationUrl + " answered HTTP " + response.status());
        }
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(
                json(response, LtiError.PLATFORM_CONFIGURATION_INVALID, "the OpenID configuration"));
        Origin served = Origin.of(configurationUrl);
        Origin issuer = Origin.of(URI.create(configuration.issuer().value()));
        if (!served.equals(issuer)) {
            throw new LtiException(LtiError.PLATFORM_CONFIGURATION_FOREIGN, "the configuration names the issuer "
                    + configuration.issuer() + " but was served from " + served);
        }
        return configuration;
    }

    /**
     * The registration an update token is for, as the platform has it now (Moodle answers a GET on its registration
     * endpoint for {@code reg-update} tokens only). Empty when the token is no update token or the platform does not
     * tell: the update then goes ahead without the preview.
     */
    public Optional<ClientRegistrationResponse> currentRegistration(PlatformConfiguration platform,
                                                                    RegistrationToken token) {
        if (!token.isUpdate()) {
            return Optional.empty();
        }
        try {
            TransportResponse response = transport.send(TransportRequest.get(platform.registrationEndpoint(),
                    headers(Optional.of(token))));
            if (!response.isSuccess()) {
                return Optional.empty();
            }
            return Optional.of(ClientRegistrationResponse.fromJson(
                    json(response, LtiError.DYNAMIC_REGISTRATION_RESPONSE_INVALID, "the current registration")));
        } catch (IOException | LtiException e) {
            return Optional.empty();
        }
    }

    /**
     * Posts the registration. A refusal is a result, not an exception, so that the caller decides what the admin
     * sees; an answer that is 2xx but unreadable throws.
     *
     * @throws LtiException {@link LtiError#DYNAMIC_REGISTRATION_UNAVAILABLE} without an answer,
     *                      {@link LtiError#DYNAMIC_REGISTRATION_RESPONSE_INVALID} for a success without a client_id
     */
    public ClientRegistrationResult register(PlatformConfiguration platform, ClientRegistrationRequest request,
                                             Optional<RegistrationToken> token) {
        Map<String, String> headers = new LinkedHashMap<>(headers(token));
        headers.put("Content-Type", "application/json");
        TransportResponse response = send(TransportRequest.post(platform.registrationEndpoint(), headers,
                JSONObjectUtils.toJSONString(request.toJson())), "registration endpoint");
        if (response.isSuccess()) {
            return ClientRegistrationResponse.fromJson(
                    json(response, LtiError.DYNAMIC_REGISTRATION_RESPONSE_INVALID, "the registration response"));
        }
        return refusal(response, token);
    }

    /** Reads a refusal without ever passing on an HTML page or the token. */
    static ClientRegistrationError refusal(TransportResponse response, Optional<RegistrationToken> token) {
        String body = response.bodyText().strip();
        int status = response.status();
        if (body.contains("<")) {
            return new ClientRegistrationError(status, RegistrationRefusal.ERROR_PAGE, "");
        }
        String code = body;
        String text = body;
        if (body.startsWith("{")) {
            try {
                Map<String, Object> json = JSONObjectUtils.parse(body);
                code = json.get("error") instanceof String error ? error : "";
                text = code + (json.get("error_description") instanceof String description ? ": " + description : "");
            } catch (ParseException e) {
                code = "";
                text = "";
            }
        }
        boolean echoesToken = token.map(t -> t.appearsIn(body)).orElse(false);
        String shown = echoesToken || text.length() > MAX_PLATFORM_TEXT ? "" : text.replaceAll("\\p{Cntrl}", " ");
        return new ClientRegistrationError(status, RegistrationRefusal.fromCode(code, status), shown);
    }

    private TransportResponse send(TransportRequest request, String what) {
        try {
            return transport.send(request);
        } catch (IOException e) {
            throw new LtiException(LtiError.DYNAMIC_REGISTRATION_UNAVAILABLE,
                    "the platform's " + what + " did not answer: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> headers(Optional<RegistrationToken> token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        token.ifPresent(t -> headers.put("Authorization", t.authorizationHeader()));
        return headers;
    }

    private static Map<String, Object> json(TransportResponse response, LtiError error, String what) {
        try {
            return JSONObjectUtils.parse(response.bodyText());
        } catch (ParseException e) {
            throw new LtiException(error, what + " is not a JSON object", e);
        }
    }
}
