package org.pokot.lti.app.registration;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;

/** The console's registration pages: list, add, edit, switch off and on, delete, confirm a deployment. */
@Controller
class RegistrationPagesController {

    private static final String LIST = "redirect:/admin/registrations";

    private final RegistrationAdministration administration;

    RegistrationPagesController(RegistrationAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/registrations")
    String list(Model model) {
        model.addAttribute("registrations", administration.list());
        return "admin/registrations";
    }

    @GetMapping("/admin/registrations/new")
    String newForm(Model model) {
        return form(model, null, RegistrationForm.empty(), FormProblems.none());
    }

    @PostMapping("/admin/registrations")
    String create(@ModelAttribute("form") RegistrationForm form, BindingResult binding, Principal admin, Model model,
                  RedirectAttributes redirect) {
        FormProblems problems = check(form, binding, null);
        if (!problems.isEmpty()) {
            return form(model, null, form, problems);
        }
        PlatformRegistration registration = form.toRegistration(
                ConfiguredRegistrations.stableId(form.issuer(), form.clientId())).build();
        administration.create(registration, admin.getName());
        redirect.addFlashAttribute("notice", "admin.registrations.created");
        return LIST;
    }

    @GetMapping("/admin/registrations/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        return form(model, id, RegistrationForm.of(administration.get(id)), FormProblems.none());
    }

    @PostMapping("/admin/registrations/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") RegistrationForm form, BindingResult binding,
                  Principal admin, Model model, RedirectAttributes redirect) {
        administration.get(id);
        FormProblems problems = check(form, binding, id);
        if (!problems.isEmpty()) {
            return form(model, id, form, problems);
        }
        administration.update(form.toRegistration(id), id, admin.getName());
        redirect.addFlashAttribute("notice", "admin.registrations.updated");
        return LIST;
    }

    @PostMapping("/admin/registrations/{id}/enable")
    String enable(@PathVariable String id, Principal admin) {
        administration.setEnabled(id, true, admin.getName());
        return LIST;
    }

    @PostMapping("/admin/registrations/{id}/disable")
    String disable(@PathVariable String id, Principal admin) {
        administration.setEnabled(id, false, admin.getName());
        return LIST;
    }

    @GetMapping("/admin/registrations/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        model.addAttribute("registration", RegistrationSummary.of(administration.get(id)));
        return "admin/registration-delete";
    }

    @PostMapping("/admin/registrations/{id}/delete")
    String delete(@PathVariable String id, Principal admin, RedirectAttributes redirect) {
        administration.delete(id, admin.getName());
        redirect.addFlashAttribute("notice", "admin.registrations.deleted");
        return LIST;
    }

    @PostMapping("/admin/registrations/{id}/deployments/confirm")
    String confirmDeployment(@PathVariable String id, @RequestParam String deploymentId, Principal admin) {
        administration.confirmDeployment(id, deploymentId, admin.getName());
        return LIST;
    }

    /** A value that did not bind (an unknown family, say) is a problem of its field like any other. */
    private FormProblems check(RegistrationForm form, BindingResult binding, String id) {
        FormProblems problems = form.problems();
        for (var error : binding.getFieldErrors()) {
            problems = problems.with(error.getField(), "admin.form.invalidChoice", "");
        }
        if (problems.isEmpty() && administration.isTakenByAnother(form, id)) {
            problems = problems.with("clientId", "admin.form.duplicate", "");
        }
        if (problems.isEmpty()) {
            try {
                form.toRegistration(id == null ? "new" : id).build();
            } catch (IllegalArgumentException e) {
                problems = problems.with(FormProblems.GENERAL, "admin.form.invalid", e.getMessage());
            }
        }
        return problems;
    }

    private String form(Model model, String id, RegistrationForm form, FormProblems problems) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("families", PlatformFamily.values());
        model.addAttribute("policies", UnknownDeploymentPolicy.values());
        return "admin/registration-form";
    }
}
