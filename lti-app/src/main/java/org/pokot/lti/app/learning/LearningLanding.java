package org.pokot.lti.app.learning;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.app.launch.LaunchLanding;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.ResourceLinkLaunch;

/** A resource link launch opens the module its custom parameters name, or the pack's module list. */
@Component
class LearningLanding implements LaunchLanding {

    private final LearningPages pages;

    LearningLanding(LearningPages pages) {
        this.pages = pages;
    }

    @Override
    public ModelAndView land(ValidatedLaunch launch, ResourceLinkLaunch message, Jwt sessionToken,
                             HttpServletRequest request) {
        // from the session token's claims, so the first page sees exactly what every later request will
        return pages.entry(LearnerSession.of(sessionToken), request);
    }
}
