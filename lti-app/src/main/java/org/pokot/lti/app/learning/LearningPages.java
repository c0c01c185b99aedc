package org.pokot.lti.app.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.app.learning.ProgressService.SubmitOutcome;
import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.app.pack.PackCatalog.ModuleRef;
import org.pokot.lti.app.pack.PackModel.ContentPack;
import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.pack.PackModel.Unit;
import org.pokot.lti.app.web.PageLocaleResolver;

/** Builds the learner's pages; shared by the launch landing and the page-to-page requests. */
@Component
class LearningPages {

    private final PackCatalog catalog;
    private final ProgressService progress;
    private final ScoreOutbox outbox;
    private final ModuleStatuses statuses;
    private final ModuleFragments fragments;
    private final GradeDeliveryReports reports;
    private final LearnerHeader header;
    private final ModuleListPage moduleList;

    LearningPages(PackCatalog catalog, ProgressService progress, ScoreOutbox outbox, ModuleStatuses statuses,
                  ModuleFragments fragments, GradeDeliveryReports reports, LearnerHeader header,
                  ModuleListPage moduleList) {
        this.catalog = catalog;
        this.progress = progress;
        this.outbox = outbox;
        this.statuses = statuses;
        this.fragments = fragments;
        this.reports = reports;
        this.header = header;
        this.moduleList = moduleList;
    }

    /** The first page of a launch: the module the link names, or the pack's module list. */
    ModelAndView entry(LearnerSession session, HttpServletRequest request) {
        if (session.moduleId().isPresent()) {
            ModuleRef ref = catalog.module(session.packId().orElse(null), session.moduleId().get())
                    .orElseThrow(() -> new LtiException(LtiError.CONTENT_NOT_FOUND, "this activity names module '"
                            + session.moduleId().get() + "', which no content pack of the tool has"));
            return module(session, ref, null, request);
        }
        // an activity that names a pack the tool does not have is an error, not some other pack's content
        ContentPack pack = session.packId().map(id -> catalog.pack(id).orElseThrow(() -> new LtiException(
                LtiError.CONTENT_NOT_FOUND, "this activity names content pack '" + id + "', which the tool does not have")))
                .orElse(catalog.packs().get(0));
        return modules(session, pack, null, request);
    }

    ModelAndView modules(LearnerSession session, ContentPack pack, String requestedLanguage, HttpServletRequest request) {
        String language = pageLanguage(session, requestedLanguage, request);
        String contextPath = request.getContextPath();
        Map<String, ModuleStatuses.ModuleStatus> marks =
                session.recordsProgress() ? statuses.of(session.key(), pack.id()) : Map.of();
        HtmlPart headerPart = header.part(session, LearnerHeader.Place.of(session, contextPath, language,
                "/learn/modules", pack.id(), null, null));
        List<String> cards = fragments.cards(pack, marks, language, contextPath + "/learn/module");
        return new ModelAndView(new HtmlPage(moduleList.page(pack, language, contextPath, headerPart, cards,
                deliveryReport(session))));
    }

    ModelAndView module(LearnerSession session, ModuleRef ref, String requestedLanguage, HttpServletRequest request) {
        ModelAndView page = page("learn/module", session, requestedLanguage, request);
        addHeader(page, session, request, "/learn/module", ref.pack().id(), ref.module().id(), null);
        ProgressRow row = session.recordsProgress() ? progress.open(session.key(), ref) : null;
        addModule(page, ref, row);
        page.addObject("about", fragments.about(ref.pack(), ref.module(), language(page)));
        String resume = row != null && row.currentUnit() != null && ref.module().unit(row.currentUnit()).isPresent()
                ? row.currentUnit() : ref.module().units().get(0).id();
        page.addObject("resumeUnit", resume);
        page.addObject("started", row != null && !row.views().isEmpty());
        page.addObject("gradebook", row == null ? null : outbox.gradebookState(session.key(), ref.pack().id(),
                ref.module().id()).map(Enum::name).orElse(null));
        addDeliveryReport(page, session);
        return page;
    }

    /** Teachers see what became of their learners' scores, so a refusal by the LMS does not go unnoticed. */
    private void addDeliveryReport(ModelAndView page, LearnerSession session) {
        page.addObject("delivery", deliveryReport(session));
    }

    private GradeDeliveryReports.Report deliveryReport(LearnerSession session) {
        return session.roles().canManageContent() ? reports.forPlacement(session.key()) : null;
    }

    ModelAndView unit(LearnerSession session, ModuleRef ref, String unitId, String requestedLanguage,
                      HttpServletRequest request) {
        Module module = ref.module();
        Unit unit = module.unit(unitId).orElseThrow(() -> new LtiException(LtiError.CONTENT_NOT_FOUND,
                "module '" + module.id() + "' has no unit '" + unitId + "'"));
        ModelAndView page = page("learn/unit", session, requestedLanguage, request);
        addHeader(page, session, request, "/learn/unit", ref.pack().id(), module.id(), unitId);
        ProgressRow row = session.recordsProgress() ? progress.viewUnit(session.key(), ref, unitId) : null;
        addModule(page, ref, row);
        int index = module.indexOf(unitId);
        page.addObject("unit", unit);
        page.addObject("unitIndex", index);
        page.addObject("previousUnit", index > 0 ? module.units().get(index - 1) : null);
        page.addObject("nextUnit", index + 1 < module.units().size() ? module.units().get(index + 1) : null);
        page.addObject("html", catalog.unitHtml(ref.pack(), module, unit, language(page)));
        return page;
    }

    ModelAndView assessment(LearnerSession session, ModuleRef ref, String requestedLanguage, HttpServletRequest request) {
        ModelAndView page = page("learn/assessment", session, requestedLanguage, request);
        addHeader(page, session, request, "/learn/assessment", ref.pack().id(), ref.module().id(), null);
        addModule(page, ref, session.recordsProgress() ? progress.open(session.key(), ref) : null);
        return page;
    }

    ModelAndView submit(LearnerSession session, ModuleRef ref, Map<String, Set<String>> answers,
                        String requestedLanguage, HttpServletRequest request) {
        ModelAndView page = page("learn/result", session, requestedLanguage, request);
        addHeader(page, session, request, null, ref.pack().id(), ref.module().id(), null);
        if (!session.recordsProgress()) {
            addModule(page, ref, null);
            page.addObject("attempt", AssessmentGrader.grade(ref.module(), answers));
            page.addObject("attemptNumber", 0);
            return page;
        }
        SubmitOutcome outcome = progress.submit(session.key(), ref, answers);
        if (outcome instanceof SubmitOutcome.Refused refused) {
            ModelAndView closed = page("learn/assessment", session, requestedLanguage, request);
            addHeader(closed, session, request, "/learn/assessment", ref.pack().id(), ref.module().id(), null);
            addModule(closed, ref, progress.open(session.key(), ref));
            closed.setStatus(HttpStatus.CONFLICT);
            return closed;
        }
        SubmitOutcome.Graded graded = (SubmitOutcome.Graded) outcome;
        addModule(page, ref, progress.open(session.key(), ref));
        page.addObject("attempt", graded.attempt());
        page.addObject("attemptNumber", graded.attemptNumber());
        return page;
    }

    private void addModule(ModelAndView page, ModuleRef ref, ProgressRow row) {
        Module module = ref.module();
        page.addObject("pack", ref.pack());
        page.addObject("module", module);
        page.addObject("progress", row);
        page.addObject("viewed", row == null ? List.of() : module.units().stream()
                .filter(u -> row.hasViewed(u.id())).map(Unit::id).toList());
        page.addObject("assessmentState", row == null ? previewState(module) : AssessmentState.of(module, row));
    }

    /** Instructors may try everything; nothing of theirs is recorded. */
    private static AssessmentState previewState(Module module) {
        return new AssessmentState(AssessmentState.Status.OPEN, 0, Integer.MAX_VALUE, 0, module.units().size());
    }

    /** The context bar, for the page's language; {@code switchAction} null offers no language switch. */
    private void addHeader(ModelAndView page, LearnerSession session, HttpServletRequest request, String switchAction,
                           String packId, String moduleId, String unitId) {
        page.addObject("header", header.html(session, LearnerHeader.Place.of(session, request.getContextPath(),
                language(page), switchAction, packId, moduleId, unitId)));
    }

    /** The page's language, as {@link #page} chose it. */
    private static String language(ModelAndView page) {
        return (String) page.getModel().get("lang");
    }

    private static ModelAndView page(String view, LearnerSession session, String requestedLanguage,
                                     HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("learner", session);
        page.addObject("lang", pageLanguage(session, requestedLanguage, request));
        return page;
    }

    /** The language the learner asked for, or the launch's; the response is in it too. */
    private static String pageLanguage(LearnerSession session, String requestedLanguage, HttpServletRequest request) {
        String language = session.language(requestedLanguage);
        PageLocaleResolver.use(request, language);
        return language;
    }
}
