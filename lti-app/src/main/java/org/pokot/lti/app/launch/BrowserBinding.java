package org.pokot.lti.app.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookies that tie a login state to the browser that started it (Security Framework §7.3.1, CSRF).
 * <p>
 * Two cookies with one value, because no single one works everywhere: inside an LMS iframe with third-party
 * cookies blocked only a {@code Partitioned} cookie comes back on the platform's cross-site form post, while in a
 * new top-level window a partitioned cookie set in the frame does not exist and the plain
 * {@code SameSite=None; Secure} one works. Where neither comes back (Safari), the launch page falls back to the
 * frame's session storage, written by the login page.
 */
public final class BrowserBinding {

    static final String COOKIE = "lti_browser";
    static final String PARTITIONED_COOKIE = "lti_browser_p";
    static final String FRAME_SECRET_PARAMETER = "browser_secret";
    private static final String PATH = "/lti";

    private BrowserBinding() {
    }

    /** Where a launch found the browser secret. */
    public enum Source { PARTITIONED_COOKIE, COOKIE, FRAME_STORAGE }

    record PresentedSecret(Source source, String value) {
        @Override
        public String toString() {
            return "PresentedSecret[" + source + "]";
        }
    }

    /** The secret the browser already holds, so that logins in several tabs share it. */
    static Optional<String> existingSecret(HttpServletRequest request) {
        return presentedSecrets(request, null).stream().findFirst().map(PresentedSecret::value);
    }

    /**
     * Every distinct secret the request carries: the partitioned cookie first, then the plain one, then the one
     * the launch check page read from the frame's session storage.
     */
    static List<PresentedSecret> presentedSecrets(HttpServletRequest request, String frameSecret) {
        List<PresentedSecret> secrets = new ArrayList<>(3);
        cookie(request, PARTITIONED_COOKIE).ifPresent(v -> add(secrets, Source.PARTITIONED_COOKIE, v));
        cookie(request, COOKIE).ifPresent(v -> add(secrets, Source.COOKIE, v));
        if (isWellFormed(frameSecret)) {
            add(secrets, Source.FRAME_STORAGE, frameSecret);
        }
        return secrets;
    }

    private static void add(List<PresentedSecret> secrets, Source source, String value) {
        if (secrets.stream().noneMatch(s -> s.value().equals(value))) {
            secrets.add(new PresentedSecret(source, value));
        }
    }

    static void write(HttpServletResponse response, String secret, Duration maxAge) {
        String common = "=" + secret + "; Path=" + PATH + "; Max-Age=" + maxAge.toSeconds()
                + "; Secure; HttpOnly; SameSite=None";
        response.addHeader("Set-Cookie", PARTITIONED_COOKIE + common + "; Partitioned");
        response.addHeader("Set-Cookie", COOKIE + common);
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name) && isWellFormed(cookie.getValue())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static boolean isWellFormed(String value) {
        return value != null && value.length() >= 16 && value.length() <= 64 && value.matches("[A-Za-z0-9_-]+");
    }
}
