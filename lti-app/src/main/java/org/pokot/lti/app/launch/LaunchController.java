package org.pokot.lti.app.launch;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.app.launch.BrowserBinding.PresentedSecret;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.launch.LaunchRequest;
import org.pokot.lti.core.launch.LaunchValidator;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.DeepLinkingRequest;
import org.pokot.lti.core.message.ResourceLinkLaunch;

/**
 * The redirect_uri: receives the platform's form post of id_token and state.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-3-authentication-response">Security Framework §5.1.1.3</a>
 */
@Controller
class LaunchController {

    private static final Logger log = LoggerFactory.getLogger(LaunchController.class);

    private final LaunchValidator validator;
    private final SessionTokens sessionTokens;
    private final ApplicationEventPublisher events;
    private final LaunchLanding landing;
    private final ResourceLinks resourceLinks;
    private final DeepLinkingLanding deepLinkingLanding;

    LaunchController(LaunchValidator validator, SessionTokens sessionTokens, ApplicationEventPublisher events,
                     LaunchLanding landing, ResourceLinks resourceLinks, DeepLinkingLanding deepLinkingLanding) {
        this.deepLinkingLanding = deepLinkingLanding;
        this.validator = validator;
        this.sessionTokens = sessionTokens;
        this.events = events;
        this.landing = landing;
        this.resourceLinks = resourceLinks;
    }

    @PostMapping("/lti/launch")
    ModelAndView launch(@RequestParam(name = "id_token", required = false) String idToken,
                        @RequestParam(required = false) String state,
                        @RequestParam(name = BrowserBinding.FRAME_SECRET_PARAMETER, required = false) String frameSecret,
                        @RequestParam(required = false) String error,
                        @RequestParam(name = "error_description", required = false) String errorDescription,
                        HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (error != null && (idToken == null || idToken.isEmpty())) {
            throw new LtiException(LtiError.PLATFORM_AUTH_ERROR, "the platform answered error=" + error
                    + (errorDescription == null ? "" : " (" + errorDescription + ")"));
        }
        List<PresentedSecret> secrets = BrowserBinding.presentedSecrets(request, frameSecret);
        if (secrets.isEmpty() && idToken != null && !idToken.isEmpty() && state != null && !state.isEmpty()) {
            // No cookie came back: let the page look for the secret the login page kept in this frame.
            ModelAndView check = new ModelAndView("launch/launch-check");
            check.addObject("idToken", idToken);
            check.addObject("state", state);
            return check;
        }
        Validated validated = validate(idToken, state, secrets);
        ValidatedLaunch launch = validated.launch();
        if (log.isDebugEnabled()) { // the role label is worked out from the roles: not for a line nobody reads
            log.debug("Launch by {} of {} via {} ({}, browser bound by {})",
                    launch.message().claims().roles().primaryLabel(), launch.message().type().claimValue(),
                    launch.registration().issuer(), launch.admission(), validated.boundBy());
        }
        events.publishEvent(new LaunchCompleted(launch.registration().id(), launch.message().type(),
                validated.boundBy()));
        Jwt session = sessionTokens.issue(launch);
        if (launch.message() instanceof ResourceLinkLaunch link) {
            resourceLinks.record(launch, link);
            return landing.land(launch, link, session, request);
        }
        if (launch.message() instanceof DeepLinkingRequest selection) {
            return deepLinkingLanding.land(launch, selection, session, request);
        }
        ModelAndView page = new ModelAndView("launch/launch");
        page.addObject("launch", LaunchView.of(launch, session.getTokenValue()));
        return page;
    }

    /** Tries each presented secret; a wrong one fails before anything is written, so a retry is safe. */
    private Validated validate(String idToken, String state, List<PresentedSecret> secrets) {
        if (secrets.isEmpty()) {
            return new Validated(validator.validate(new LaunchRequest(idToken, state, Optional.empty())), null);
        }
        LtiException last = null;
        for (PresentedSecret secret : secrets) {
            try {
                return new Validated(validator.validate(new LaunchRequest(idToken, state, Optional.of(secret.value()))),
                        secret.source());
            } catch (LtiException e) {
                if (e.error() != LtiError.STATE_BROWSER_MISMATCH) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private record Validated(ValidatedLaunch launch, BrowserBinding.Source boundBy) {
    }
}
