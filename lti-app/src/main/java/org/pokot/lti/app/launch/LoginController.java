package org.pokot.lti.app.launch;

import java.net.URI;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.oidc.LoginInitiationRequest;
import org.pokot.lti.core.oidc.LoginInitiator;
import org.pokot.lti.core.oidc.LoginStart;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.oidc.LoginStateStore;

/**
 * Third-party initiated login, step 1 of the LTI launch. A top-level browser (or any client) gets a 302 to the
 * platform; inside an iframe the answer is a small page that also keeps the browser secret in the frame's
 * session storage before it navigates on, for browsers that drop every third-party cookie.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">Security Framework §5.1.1.1</a>
 */
@Controller
class LoginController {

    private final LoginInitiator initiator;
    private final LoginStateStore states;
    private final IdGenerator ids;
    private final LtiProperties properties;
    private final Clock clock;

    LoginController(LoginInitiator initiator, LoginStateStore states, IdGenerator ids, LtiProperties properties,
                    Clock clock) {
        this.initiator = initiator;
        this.states = states;
        this.ids = ids;
        this.properties = properties;
        this.clock = clock;
    }

    @RequestMapping(path = "/lti/login", method = {RequestMethod.GET, RequestMethod.POST})
    ModelAndView login(HttpServletRequest request, HttpServletResponse response) {
        LoginInitiationRequest initiation = LoginInitiationRequest.fromParameters(request::getParameter);
        return start(initiation, request, response);
    }

    /**
     * Starts the same login again, from a new top-level window: the way out when the frame could keep neither a
     * cookie nor session storage.
     */
    @GetMapping("/lti/login/restart")
    ModelAndView restart(@RequestParam String state, HttpServletRequest request, HttpServletResponse response) {
        LoginState previous = states.findByState(state)
                .filter(s -> !s.isExpired(clock.instant()))
                .filter(s -> states.findNonce(s.nonce()).filter(nonce -> !nonce.isUsed()).isPresent())
                .orElseThrow(() -> new LtiException(LtiError.STATE_UNKNOWN,
                        "this login can no longer be restarted: open the activity again from the course"));
        return start(previous.initiation(), request, response);
    }

    private ModelAndView start(LoginInitiationRequest initiation, HttpServletRequest request,
                               HttpServletResponse response) {
        String secret = BrowserBinding.existingSecret(request).orElseGet(ids::newId);
        LoginStart start = initiator.initiate(initiation, secret);
        BrowserBinding.write(response, secret, properties.launch().stateTimeToLive());
        URI authUri = start.authenticationRequest().toUri();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if ("iframe".equals(request.getHeader("Sec-Fetch-Dest"))) {
            ModelAndView page = new ModelAndView("launch/login-redirect");
            page.addObject("authUri", authUri.toString());
            page.addObject("browserSecret", secret);
            return page;
        }
        // written directly: a RedirectView would look up beans and re-encode a URI that is already final
        response.setStatus(HttpStatus.FOUND.value());
        response.setHeader(HttpHeaders.LOCATION, authUri.toASCIIString());
        return null;
    }
}
