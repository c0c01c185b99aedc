package org.pokot.lti.app.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.core.oidc.ToolUrls;

/** The values to paste into an LMS, with the field names of each LMS's own form. */
@Controller
class ManualRegistrationController {

    private final ManualRegistrationValues values;
    private final String canvasJson;

    ManualRegistrationController(ToolUrls toolUrls, LtiProperties properties) {
        this.values = ManualRegistrationValues.of(toolUrls, properties.tool().name());
        this.canvasJson = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(CanvasDeveloperKey.of(values));
    }

    @GetMapping("/admin/lms")
    String values(Model model) {
        model.addAttribute("values", values);
        model.addAttribute("canvasJson", canvasJson);
        return "admin/lms";
    }
}
