package org.pokot.lti.app.keys;

import java.security.Principal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.pokot.lti.app.keys.ToolKeyAdmin.KeyOverview;
import org.pokot.lti.app.keys.ToolKeyAdmin.RotationAnswer;
import org.pokot.lti.core.jwks.ToolKeyView;

/**
 * The admin console's keys page: the published keys with when each changes, and "rotate now". It sits behind the
 * console's form login chain, which also checks the CSRF token of the form; it refuses a request without a
 * signed-in admin by itself too, so that no chain order can leave the rotate button open.
 */
@Controller
class KeysPageController {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ToolKeyAdmin admin;

    KeysPageController(ToolKeyAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/keys")
    String keys(Principal principal, @RequestParam Optional<String> rotation, Model model) {
        signedIn(principal);
        KeyOverview overview = admin.overview();
        model.addAttribute("keys", overview.keys().stream().map(KeyRow::of).toList());
        model.addAttribute("nextScheduledRotation", overview.nextScheduledRotation().map(TIME::format).orElse(null));
        model.addAttribute("rotation", rotation.filter(r -> r.equals("started") || r.equals("underway")).orElse(null));
        return "admin/keys";
    }

    /** Post/redirect/get: a reload of the page does not post again. */
    @PostMapping("/admin/keys/rotate")
    String rotate(Principal principal) {
        RotationAnswer answer = admin.rotateNow(signedIn(principal));
        return "redirect:/admin/keys?rotation=" + (answer.started() ? "started" : "underway");
    }

    private static String signedIn(Principal principal) {
        if (principal == null) {
            throw new AccessDeniedException("the keys page needs a signed-in admin");
        }
        return principal.getName();
    }

    /** One line of the table, times already in words. */
    record KeyRow(String kid, String status, String created, String since, String nextChange) {

        static KeyRow of(ToolKeyView key) {
            return new KeyRow(key.kid(), key.status().name(), TIME.format(key.createdAt()), TIME.format(key.since()),
                    key.nextChangeAt().map(TIME::format).orElse(null));
        }
    }
}
