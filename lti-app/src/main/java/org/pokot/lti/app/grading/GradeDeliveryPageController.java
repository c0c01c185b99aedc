package org.pokot.lti.app.grading;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's grade delivery page: counts per status, the scores that need an admin, and "send again". */
@Controller
class GradeDeliveryPageController {

    private final GradeOutboxAdministration administration;

    GradeDeliveryPageController(GradeOutboxAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/grade-delivery")
    String page(Model model) {
        model.addAttribute("counts", administration.counts());
        model.addAttribute("problems", administration.problems());
        return "admin/grade-delivery";
    }

    @PostMapping("/admin/grade-delivery/{id}/requeue")
    String requeue(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
        administration.requeue(id, admin.getName());
        redirect.addFlashAttribute("notice", "admin.grades.requeued");
        return "redirect:/admin/grade-delivery";
    }
}
