package org.pokot.lti.app.registration.dynamic;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.app.web.FrameAncestors;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.dynamic.RegistrationToken;

/**
 * The registration URL an LMS admin pastes into the LMS. The LMS opens it in a frame with
 * {@code openid_configuration} and {@code registration_token}; the tool shows what it will register, and the
 * admin's <b>Register</b> posts it. No login: the platform's token is the credential, and the page can only
 * register the platform that serves the checked configuration. {@code lti.dynamic-registration.enabled=false}
 * closes it.
 * <p>
 * The pages may be framed by the platform's origin. Error pages, which hold no action, by the origin the request
 * names, so that the admin reads the error inside the LMS instead of an empty frame.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#overview">Dynamic Registration 1.0</a>
 */
@Controller
class DynamicRegistrationController {

    static final String PATH = "/lti/register";

    private final DynamicRegistrations registrations;
    private final RegistrationStartLimit limit;
    private final LtiProperties properties;

    DynamicRegistrationController(DynamicRegistrations registrations, RegistrationStartLimit limit,
                                  LtiProperties properties) {
        this.registrations = registrations;
        this.limit = limit;
        this.properties = properties;
    }

    @GetMapping(PATH)
    ModelAndView start(@RequestParam(name = "openid_configuration", required = false) String configuration,
                       @RequestParam(name = "registration_token", required = false) String token,
                       HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        URI configurationUrl = configurationUrl(configuration);
        FrameAncestors.allowOnThisPage(request, configurationUrl);
        requireEnabled();
        Optional<RegistrationToken> registrationToken = registrationToken(token);
        limit.acquire(request.getRemoteAddr());
        PendingRegistration pending = registrations.start(configurationUrl, registrationToken);
        ModelAndView page = new ModelAndView("registration/confirm");
        page.addObject("pending", pending);
        page.addObject("platform", pending.platform());
        page.addObject("request", registrations.requestFor(pending));
        page.addObject("updated", registrations.updatedRegistration(pending).orElse(null));
        return page;
    }

    @PostMapping(PATH)
    ModelAndView confirm(@RequestParam(name = "registration", required = false) String id,
                         @RequestParam(name = "frame_origin", required = false) String frameOrigin,
                         HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            requireEnabled();
            CompletedRegistration completed = registrations.complete(id == null ? "" : id);
            FrameAncestors.allowOnThisPage(request, URI.create(completed.registration().platformOrigin()));
            ModelAndView page = new ModelAndView("registration/done");
            page.addObject("registration", completed.registration());
            page.addObject("updated", completed.updated());
            page.addObject("moodle", completed.registration().family() == PlatformFamily.MOODLE);
            return page;
        } catch (LtiException e) {
            parse(frameOrigin).ifPresent(origin -> FrameAncestors.allowOnThisPage(request, origin));
            throw e;
        }
    }

    private void requireEnabled() {
        if (!properties.dynamicRegistration().enabled()) {
            throw new LtiException(LtiError.DYNAMIC_REGISTRATION_DISABLED,
                    "lti.dynamic-registration.enabled is false on this tool");
        }
    }

    private static URI configurationUrl(String value) {
        return parse(value).orElseThrow(() -> new LtiException(LtiError.DYNAMIC_REGISTRATION_REQUEST_INVALID,
                value == null || value.isBlank() ? "the openid_configuration parameter is missing"
                        : "openid_configuration is not an absolute http(s) URL"));
    }

    private static Optional<RegistrationToken> registrationToken(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RegistrationToken.of(value));
        } catch (IllegalArgumentException e) {
            throw new LtiException(LtiError.DYNAMIC_REGISTRATION_REQUEST_INVALID,
                    "the registration_token parameter is not a bearer token");
        }
    }

    private static Optional<URI> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
