package org.pokot.lti.app.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;

/**
 * The console's login page (Spring Security handles its post) and the one-time setup page that makes the first
 * account with the setup token. Setup attempts count against the client address in the {@link LoginThrottle}.
 */
@Controller
class AdminLoginController {

    private static final String SETUP_ATTEMPT = "(setup token)";

    private final SetupToken setupToken;
    private final AdminAccounts accounts;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    AdminLoginController(SetupToken setupToken, AdminAccounts accounts, LoginThrottle throttle,
                         ApplicationEventPublisher events) {
        this.setupToken = setupToken;
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
    }

    @GetMapping("/admin")
    String console() {
        return "redirect:" + ConsoleLogin.HOME;
    }

    @GetMapping(ConsoleLogin.LOGIN_PAGE)
    String login(Model model) {
        model.addAttribute("setupPending", setupToken.pending());
        return "admin/login";
    }

    @GetMapping("/admin/setup")
    String setup(Model model) {
        if (!setupToken.pending()) {
            return "redirect:" + ConsoleLogin.LOGIN_PAGE;
        }
        model.addAttribute("problems", List.of());
        model.addAttribute("username", "");
        return "admin/setup";
    }

    @PostMapping("/admin/setup")
    String createFirstAccount(@RequestParam(defaultValue = "") String token, NewAccount account,
                              HttpServletRequest request, Model model) {
        if (!setupToken.pending()) {
            return "redirect:" + ConsoleLogin.LOGIN_PAGE;
        }
        String address = request.getRemoteAddr();
        List<String> problems = throttle.isLocked(SETUP_ATTEMPT, address) ? List.of("admin.login.locked")
                : account.problems(accounts);
        if (problems.isEmpty() && setupToken.redeem(token, account)) {
            events.publishEvent(new AuditEvent(account.username(), AuditAction.ADMIN_ACCOUNT_CREATED,
                    account.username(), "first account, made with the setup token from " + address));
            return "redirect:" + ConsoleLogin.LOGIN_PAGE + "?created";
        }
        if (problems.isEmpty()) {
            throttle.failed(SETUP_ATTEMPT, address);
            problems = List.of("admin.setup.tokenWrong");
        }
        model.addAttribute("problems", problems);
        model.addAttribute("username", account.username());
        return "admin/setup";
    }
}
