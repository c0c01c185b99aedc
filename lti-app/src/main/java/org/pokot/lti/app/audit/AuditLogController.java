package org.pokot.lti.app.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page: newest first, {@value AuditLog#PAGE_SIZE} lines a page. */
@Controller
class AuditLogController {

    private final AuditLog log;

    AuditLogController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", log.page(page));
        return "admin/audit";
    }
}
