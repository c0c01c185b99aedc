package org.pokot.lti.app.launch;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.ResourceLinkLaunch;

/**
 * Where a valid resource link launch lands. The launch feature owns the protocol; the learning feature implements
 * this port to open the content the link names.
 */
public interface LaunchLanding {

    /**
     * {@code session} is the session token just issued, read as every later request's token will be;
     * {@code request} is the launch's form post (its locale is set for the page).
     */
    ModelAndView land(ValidatedLaunch launch, ResourceLinkLaunch message, Jwt session, HttpServletRequest request);
}
