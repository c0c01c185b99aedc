package org.pokot.lti.app.learning;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * The learner's pages. Every request is a form post carrying the session token ({@code access_token}), so that
 * nothing depends on cookies inside the LMS frame and no token ever sits in a URL.
 */
@Controller
class LearningController {

    private static final String ANSWER_PREFIX = "q.";

    private final PackCatalog catalog;
    private final LearningPages pages;

    LearningController(PackCatalog catalog, LearningPages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @PostMapping("/learn/modules")
    ModelAndView modules(@AuthenticationPrincipal Jwt jwt, @RequestParam String pack,
                         @RequestParam(required = false) String lang, HttpServletRequest request,
                         HttpServletResponse response) {
        noStore(response);
        return pages.modules(LearnerSession.of(jwt), catalog.pack(pack).orElseThrow(() -> notFound("pack " + pack)),
                lang, request);
    }

    @PostMapping("/learn/module")
    ModelAndView module(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String pack,
                        @RequestParam String module, @RequestParam(required = false) String lang,
                        HttpServletRequest request, HttpServletResponse response) {
        noStore(response);
        return pages.module(LearnerSession.of(jwt), ref(jwt, pack, module), lang, request);
    }

    @PostMapping("/learn/unit")
    ModelAndView unit(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String pack,
                      @RequestParam String module, @RequestParam String unit,
                      @RequestParam(required = false) String lang, HttpServletRequest request,
                      HttpServletResponse response) {
        noStore(response);
        return pages.unit(LearnerSession.of(jwt), ref(jwt, pack, module), unit, lang, request);
    }

    @PostMapping("/learn/assessment")
    ModelAndView assessment(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String pack,
                            @RequestParam String module, @RequestParam(required = false) String lang,
                            HttpServletRequest request, HttpServletResponse response) {
        noStore(response);
        return pages.assessment(LearnerSession.of(jwt), ref(jwt, pack, module), lang, request);
    }

    /** Answers arrive as {@code q.<question-id>=<option-id>}, repeated for multi-select questions. */
    @PostMapping("/learn/assessment/submit")
    ModelAndView submit(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String pack,
                        @RequestParam String module, @RequestParam(required = false) String lang,
                        @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                        HttpServletResponse response) {
        noStore(response);
        Map<String, Set<String>> answers = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX)) {
                answers.put(name.substring(ANSWER_PREFIX.length()), new LinkedHashSet<>(values));
            }
        });
        return pages.submit(LearnerSession.of(jwt), ref(jwt, pack, module), answers, lang, request);
    }

    /**
     * A link that names a module opens that module only: its scores go to that activity's gradebook column, so a
     * learner must not complete another module under it.
     */
    private ModuleRef ref(Jwt jwt, String pack, String module) {
        LearnerSession session = LearnerSession.of(jwt);
        if (session.moduleId().isPresent() && !session.moduleId().get().equals(module)) {
            throw new LtiException(LtiError.CONTENT_NOT_FOUND, "this activity opens module "
                    + session.moduleId().get() + " only");
        }
        return catalog.module(pack, module).orElseThrow(() -> notFound("module " + module));
    }

    private static LtiException notFound(String what) {
        return new LtiException(LtiError.CONTENT_NOT_FOUND, "the tool has no " + what);
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
