package org.pokot.lti.app.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A missing, expired or forged session token answers like every other error of the tool (through
 * {@link LtiErrorAdvice}): a page telling the learner to open the activity again, or a JSON body for the API.
 */
final class SessionTokenEntryPoint implements AuthenticationEntryPoint {

    static final String PATH = "/lti/error/session";
    static final String REASON = SessionTokenEntryPoint.class.getName() + ".reason";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        request.setAttribute(REASON, e.getMessage() == null ? "no valid session token" : e.getMessage());
        request.getRequestDispatcher(PATH).forward(request, response);
    }
}
