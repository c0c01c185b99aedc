package org.pokot.lti.app.admin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;
import org.pokot.lti.app.config.LtiProperties;

/**
 * The console's form login, for its security chain: the accounts, checked through the {@link LoginThrottle}, and
 * what happens after a success (the idle timeout, an audit line) or a failure (an audit line, the login page).
 */
@Component
public class ConsoleLogin {

    public static final String LOGIN_PAGE = "/admin/login";
    public static final String HOME = "/admin/registrations";
    /** As set in {@code server.servlet.session.cookie.name}. */
    public static final String SESSION_COOKIE = "POKOT_ADMIN_SESSION";

    private final AdminAccounts accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final int sessionTimeoutSeconds;

    ConsoleLogin(AdminAccounts accounts, LoginThrottle throttle, PasswordEncoder passwords,
                 ApplicationEventPublisher events, LtiProperties properties) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwords = passwords;
        this.events = events;
        this.sessionTimeoutSeconds = (int) Math.max(1, properties.admin().sessionTimeout().toSeconds());
    }

    /**
     * Sends an anonymous visitor to the login page, saying so when their session has timed out. Spring's
     * {@code invalidSessionUrl} would say it too, but it also turns a post without a CSRF token into that redirect
     * instead of a 403.
     */
    public AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        LoginUrlAuthenticationEntryPoint expired = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE + "?expired");
        return (request, response, exception) -> {
            boolean timedOut = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            (timedOut ? expired : login).commence(request, response, exception);
        };
    }

    /** Clears the session cookie on logout; it has a path of its own, which Spring's default clearing misses. */
    public static Cookie expiredSessionCookie() {
        Cookie cookie = new Cookie(SESSION_COOKIE, "");
        cookie.setPath("/admin");
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        return cookie;
    }

    /** Its own manager, not the application's global one, which serves the admin API's account. */
    public AuthenticationManager authenticationManager() {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        checked.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledAuthenticationProvider(checked, throttle));
    }

    public SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws ServletException, IOException {
                request.getSession().setMaxInactiveInterval(sessionTimeoutSeconds);
                events.publishEvent(new AuditEvent(authentication.getName(), AuditAction.ADMIN_LOGIN_SUCCEEDED, "",
                        "from " + ThrottledAuthenticationProvider.address(authentication)));
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl(HOME);
        return handler;
    }

    public AuthenticationFailureHandler failureHandler() {
        SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error");
        SimpleUrlAuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?locked");
        return (request, response, exception) -> {
            boolean isLocked = exception instanceof LockedException;
            events.publishEvent(new AuditEvent(actor(request.getParameter("username")), AuditAction.ADMIN_LOGIN_FAILED,
                    "", (isLocked ? "locked after too many failures" : "wrong user name or password")
                    + ", from " + request.getRemoteAddr()));
            (isLocked ? locked : wrongPassword).onAuthenticationFailure(request, response, exception);
        };
    }

    /**
     * A user name that is no account is not written down: people type their password into the user name field.
     */
    private String actor(String username) {
        return username != null && accounts.exists(username) ? username : "(unknown user)";
    }
}
