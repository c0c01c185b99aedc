package org.pokot.lti.app.launch;

import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.DeepLinkingRequest;

/** Where a valid deep-linking request lands: the content selection feature implements it. */
public interface DeepLinkingLanding {

    ModelAndView land(ValidatedLaunch launch, DeepLinkingRequest message, String sessionToken);
}
