package org.pokot.lti.app.deeplinking;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.app.pack.PackCatalog.ModuleRef;
import org.pokot.lti.app.web.PageLocaleResolver;
import org.pokot.lti.core.deeplinking.DeepLinkingResponse;
import org.pokot.lti.core.deeplinking.DeepLinkingResponseSigner;
import org.pokot.lti.core.deeplinking.LtiResourceLinkItem;
import org.pokot.lti.core.deeplinking.LtiResourceLinkItem.LineItemSpec;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.oidc.ToolUrls;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;

/**
 * The teacher's choice goes back to the platform as a signed {@code LtiDeepLinkingResponse}, posted by the
 * browser to {@code deep_link_return_url} in a form field named {@code JWT} (what Moodle reads).
 */
@Controller
class DeepLinkingController {

    static final String TITLE_PREFIX = "title.";

    private final PackCatalog catalog;
    private final RegistrationRepository registrations;
    private final DeepLinkingResponseSigner signer;
    private final ToolUrls toolUrls;

    DeepLinkingController(PackCatalog catalog, RegistrationRepository registrations, DeepLinkingResponseSigner signer,
                          ToolUrls toolUrls) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.signer = signer;
        this.toolUrls = toolUrls;
    }

    /** Each chosen module becomes a graded activity that launches straight into it. */
    @PostMapping("/deeplinking/respond")
    ModelAndView respond(@AuthenticationPrincipal Jwt jwt, @RequestParam(name = "module", required = false)
                         List<String> modules, @RequestParam MultiValueMap<String, String> form,
                         HttpServletRequest request, HttpServletResponse response) {
        SelectionSession session = SelectionSession.of(jwt);
        DeepLinkingResponse.Builder answer = DeepLinkingResponse.builder(session.settings(), session.deploymentId());
        List<String> chosen = modules == null ? List.of() : modules;
        for (String moduleRef : chosen) {
            ModuleRef ref = resolve(moduleRef);
            String title = form.getFirst(TITLE_PREFIX + moduleRef);
            if (title == null || title.isBlank()) {
                title = ref.module().title().in(session.language());
            }
            answer.item(LtiResourceLinkItem.titled(title.strip())
                    .withText(ref.module().summary().in(session.language()))
                    .withUrl(toolUrls.launchUri())
                    .withCustom(Map.of("pack", ref.pack().id(), "module", ref.module().id()))
                    .withLineItem(new LineItemSpec(ref.module().maxScore(), java.util.Optional.of(title.strip()),
                            java.util.Optional.of(ref.module().id()), java.util.Optional.of("pokot"))));
        }
        answer.message(chosen.isEmpty() ? "No module was chosen." : chosen.size() == 1 ? "1 POKOT module added."
                : chosen.size() + " POKOT modules added.");
        return returnPage(session, answer.build(), request, response);
    }

    /** Deep Linking 2.0 §4.5: a cancelled selection returns an empty response with a message. */
    @PostMapping("/deeplinking/cancel")
    ModelAndView cancel(@AuthenticationPrincipal Jwt jwt, HttpServletRequest request, HttpServletResponse response) {
        SelectionSession session = SelectionSession.of(jwt);
        DeepLinkingResponse empty = DeepLinkingResponse.builder(session.settings(), session.deploymentId())
                .message("No content was added: the selection was cancelled.").build();
        return returnPage(session, empty, request, response);
    }

    private ModelAndView returnPage(SelectionSession session, DeepLinkingResponse answer, HttpServletRequest request,
                                    HttpServletResponse response) {
        PlatformRegistration registration = registrations.findById(session.registrationId())
                .orElseThrow(() -> new LtiException(LtiError.REGISTRATION_UNKNOWN,
                        "the platform this selection started from is no longer registered"));
        PageLocaleResolver.use(request, session.language());
        response.setHeader("Cache-Control", "no-store");
        ModelAndView page = new ModelAndView("deeplinking/return");
        page.addObject("action", session.settings().deepLinkReturnUrl().toString());
        page.addObject("jwt", signer.sign(registration, answer));
        page.addObject("count", answer.contentItems().size());
        return page;
    }

    /** {@code <pack>/<module>} as the selection page sends it. */
    private ModuleRef resolve(String moduleRef) {
        int slash = moduleRef.indexOf('/');
        String pack = slash < 0 ? null : moduleRef.substring(0, slash);
        String module = slash < 0 ? moduleRef : moduleRef.substring(slash + 1);
        return catalog.module(pack, module).orElseThrow(() -> new LtiException(LtiError.DEEP_LINKING_ITEMS_NOT_ACCEPTED,
                "the tool has no module " + moduleRef));
    }
}
