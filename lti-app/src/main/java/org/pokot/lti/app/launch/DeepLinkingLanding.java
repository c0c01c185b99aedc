package org.pokot.lti.app.launch;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.DeepLinkingRequest;

/** Where a valid deep-linking request lands: the content selection feature implements it. */
public interface DeepLinkingLanding {

    /**
     * {@code session} is the session token just issued, read as every later request's token will be;
     * {@code request} is the launch's form post (its locale is set for the page).
     */
    ModelAndView land(ValidatedLaunch launch, DeepLinkingRequest message, Jwt session, HttpServletRequest request);
}
