package org.pokot.lti.app.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/** Where {@link SessionTokenEntryPoint} forwards: turns the refusal into the tool's one error model. */
@Controller
class SessionErrorController {

    @RequestMapping(SessionTokenEntryPoint.PATH)
    void sessionRefused(HttpServletRequest request) {
        Object reason = request.getAttribute(SessionTokenEntryPoint.REASON);
        throw new LtiException(LtiError.SESSION_TOKEN_INVALID,
                reason == null ? "open the activity again from the course" : reason.toString());
    }
}
