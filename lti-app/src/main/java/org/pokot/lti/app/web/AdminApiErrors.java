package org.pokot.lti.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The admin API's refusals, as RFC 6750 says: 401 with a {@code WWW-Authenticate} challenge when the caller is not
 * authenticated or its token is invalid, 403 {@code insufficient_scope} when it is not an admin; each with a JSON
 * body in the shape of the tool's other API errors that names what was wrong (never the token).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">RFC 6750 §3.1</a>
 */
final class AdminApiErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String SPEC = "https://www.rfc-editor.org/rfc/rfc6750#section-3.1";

    private final boolean basicEnabled;
    private final String scope;

    AdminApiErrors(boolean basicEnabled, String scope) {
        this.basicEnabled = basicEnabled;
        this.scope = scope;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof OAuth2AuthenticationException oauth) {
            String description = oauth.getError().getDescription() == null ? "the bearer token is not valid"
                    : oauth.getError().getDescription();
            response.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\""
                    + quotable(description) + "\"");
            write(response, 401, "invalid_token", description);
            return;
        }
        response.addHeader("WWW-Authenticate", "Bearer");
        if (basicEnabled) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"POKOT LTI admin API\"");
        }
        boolean sentCredentials = request.getHeader("Authorization") != null;
        write(response, 401, "unauthorized", sentCredentials
                ? "the credentials were not accepted"
                : "no credentials: send a bearer token from the configured issuer with the scope " + scope);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.addHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + quotable(scope) + "\"");
        write(response, 403, "insufficient_scope",
                "the caller is authenticated but holds neither the scope nor the role " + scope);
    }

    private static void write(HttpServletResponse response, int status, String error, String description)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        body.put("error_uri", SPEC);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8));
    }

    /** A header's quoted string ends at a quote, and a line break would split the header. */
    private static String quotable(String text) {
        return text.replaceAll("[\"\\\\\\p{Cntrl}]", "'");
    }
}
