package org.pokot.lti.app.admin;

import java.security.Principal;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;

/** The console's accounts: the list, and a form for another admin. */
@Controller
class AdminAccountsController {

    private final AdminAccounts accounts;
    private final ApplicationEventPublisher events;

    AdminAccountsController(AdminAccounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        return page(model, List.of(), "");
    }

    @PostMapping("/admin/accounts")
    @Transactional
    String create(NewAccount account, Principal admin, Model model, RedirectAttributes redirect) {
        List<String> problems = account.problems(accounts);
        if (!problems.isEmpty()) {
            return page(model, problems, account.username());
        }
        accounts.create(account, admin.getName());
        events.publishEvent(new AuditEvent(admin.getName(), AuditAction.ADMIN_ACCOUNT_CREATED, account.username(), ""));
        redirect.addFlashAttribute("notice", "admin.accounts.created");
        return "redirect:/admin/accounts";
    }

    private String page(Model model, List<String> problems, String username) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("problems", problems);
        model.addAttribute("username", username);
        return "admin/accounts";
    }
}
