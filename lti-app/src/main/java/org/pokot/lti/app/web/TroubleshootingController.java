package org.pokot.lti.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves {@code docs/troubleshooting.md} (bundled at build time), so that every error page links to a section
 * an admin can read even when the tool runs on a closed network. Rendered once; raw HTML in it is escaped.
 */
@Controller
class TroubleshootingController {

    private final String html;

    TroubleshootingController() {
        var extensions = List.of(HeadingAnchorExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
        this.html = renderer.render(parser.parse(read()));
    }

    @GetMapping(LtiErrorAdvice.TROUBLESHOOTING)
    String troubleshooting(Model model) {
        model.addAttribute("html", html);
        return "docs";
    }

    private static String read() {
        ClassPathResource resource = new ClassPathResource("docs/troubleshooting.md");
        if (!resource.exists()) {
            return "# Troubleshooting\n\nThe guide was not bundled with this build.";
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
