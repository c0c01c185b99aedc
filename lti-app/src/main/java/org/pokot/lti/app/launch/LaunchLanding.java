package org.pokot.lti.app.launch;

import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.ResourceLinkLaunch;

/**
 * Where a valid resource link launch lands. The launch feature owns the protocol; the learning feature implements
 * this port to open the content the link names.
 */
public interface LaunchLanding {

    ModelAndView land(ValidatedLaunch launch, ResourceLinkLaunch message, String sessionToken);
}
