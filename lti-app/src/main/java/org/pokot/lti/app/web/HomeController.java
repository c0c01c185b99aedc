package org.pokot.lti.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.core.oidc.ToolUrls;

/** The tool's front page: what to register in an LMS, and the sandbox launches when the sandbox is on. */
@Controller
class HomeController {

    private final LtiProperties properties;
    private final ToolUrls toolUrls;

    HomeController(LtiProperties properties, ToolUrls toolUrls) {
        this.properties = properties;
        this.toolUrls = toolUrls;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("toolName", properties.tool().name());
        model.addAttribute("loginUrl", toolUrls.loginUri());
        model.addAttribute("launchUrl", toolUrls.launchUri());
        model.addAttribute("jwksUrl", toolUrls.baseUri().resolve(".well-known/jwks.json"));
        model.addAttribute("sandbox", properties.sandbox().enabled());
        model.addAttribute("sandboxUrl", properties.sandbox().platformUrl().toString().replaceAll("/+$", "") + "/sandbox");
        return "home";
    }
}
