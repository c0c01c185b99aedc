package org.pokot.lti.app.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.app.testing.Launches.LAUNCH;
import static org.pokot.lti.app.testing.Launches.LOGIN;
import static org.pokot.lti.app.testing.Launches.launchFields;
import static org.pokot.lti.app.testing.Launches.loginParameters;
import static org.pokot.lti.app.testing.Launches.platform;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LearnerPath;
import org.pokot.lti.core.testing.SimulatedPlatform;
import org.pokot.lti.app.testing.Launches;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.testing.IdTokenBuilder;

/** A learner's whole path through a module, over HTTP, from the LMS launch to the stored completion. */
@LtiAppTest
class LearningFlowTest extends AppPort {

    static final String MODULE = "labour-market-foresight";

    @Autowired
    RegistrationRepository registrations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PackCatalog catalog;
    @Autowired
    ProgressReads reads;
    @Autowired
    ProgressRowRepository aggregates;

    TestBrowser browser = new TestBrowser();

    @BeforeEach
    void registerPlatform() {
        jdbc.update("DELETE FROM learning_progress");
        jdbc.update("DELETE FROM lti_nonce_use");
        jdbc.update("DELETE FROM lti_registration WHERE id <> 'sandbox'");
        registrations.save(platform.registration().build());
    }

    @Test
    void learnerWhenReadsEveryUnitFailsThenPassesThenCompletionStored() {
        Module module = catalog.module("pokot", MODULE).orElseThrow().module();
        Page page = launch(browser, token -> token.subject("learner-1"), Map.of("module", MODULE));
        assertThat(page.text("module-title")).isEqualTo(module.title().in("fi")); // the launch's locale is fi
        // launch.js checks the session at the URL the page gives, and says so in the page's language
        assertThat(page.document().getElementById("launch").attr("data-session-url")).isEqualTo("/api/session");
        assertThat(page.document().getElementById("session-status").attr("data-active")).isEqualTo("voimassa: {0}");

        Page early = browser.click(page, "to-assessment");
        assertThat(early.document().getElementById("assessment-closed")).as("units first").isNotNull();

        page = browser.click(page, "resume");
        for (int i = 0; i < module.units().size(); i++) {
            assertThat(page.text("unit-position")).isEqualTo("Osio " + (i + 1) + "/" + module.units().size());
            assertThat(page.document().getElementById("unit-content").select("h1, h2")).isNotEmpty();
            assertThat(page.document().select("#unit-content script")).isEmpty();
            page = browser.click(page, i + 1 < module.units().size() ? "next-unit" : "to-assessment");
        }
        assertThat(page.document().getElementById("assessment-form")).isNotNull();
        assertThat(page.text("attempts")).contains("0").contains("3");

        Page failed = answer(page, module, false);
        assertThat(failed.document().getElementById("result-failed")).isNotNull();
        assertThat(completions()).isZero();
        assertThat(failed.document().select(".question-result")).hasSize(module.assessment().questions().size());

        Page retry = browser.click(failed, "retry");
        Page passed = answer(retry, module, true);

        assertThat(passed.document().getElementById("result-passed")).isNotNull();
        assertThat(passed.text("score")).startsWith(module.assessment().questions().size() + "/");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment_attempt", Integer.class)).isEqualTo(2);
        assertThat(completions()).isEqualTo(1);
        Map<String, Object> completion = jdbc.queryForMap("SELECT * FROM learning_completion");
        assertThat(completion).containsEntry("USER_ID", "learner-1").containsEntry("MODULE_ID", MODULE)
                .containsEntry("CONTEXT_ID", "course-1").containsEntry("RESOURCE_LINK_ID", "rl-1");
        assertThat(((Number) completion.get("SCORE_GIVEN")).doubleValue()).isEqualTo(module.maxScore());
    }

    @Test
    void learnerWhenLaunchesAgainThenResumesAtLastUnit() {
        Page page = launch(browser, token -> token.subject("learner-2"), Map.of("module", MODULE));
        page = browser.click(page, "resume");
        page = browser.click(page, "next-unit"); // now on unit 2

        Page again = launch(new TestBrowser(), token -> token.subject("learner-2"), Map.of("module", MODULE));

        Page resumed = browser.click(again, "resume");
        assertThat(resumed.text("unit-position")).startsWith("Osio 2/");
    }

    @Test
    void moduleListWhenLearnerStartedOneModuleThenOnlyThatOneShowsStarted() {
        Page page = launch(browser, token -> token.subject("learner-6"), Map.of("module", MODULE));
        browser.click(page, "resume");

        Page list = launch(new TestBrowser(), token -> token.subject("learner-6"), Map.of());
        Page otherUser = launch(new TestBrowser(), token -> token.subject("learner-7"), Map.of());

        List<Element> cards = list.document().select("li.card");
        assertThat(cards).hasSizeGreaterThan(1);
        for (Element card : cards) {
            boolean started = card.getElementById("open-" + MODULE) != null;
            assertThat(card.text().contains("Aloitettu")).as(card.text()).isEqualTo(started);
            assertThat(card.text()).doesNotContain("Suoritettu");
        }
        assertThat(otherUser.document().select("li.card").text()).doesNotContain("Aloitettu");
    }

    @Test
    void learnerWhenOtherCourseOrUserThenNeverSeesTheirProgress() {
        Page first = launch(browser, token -> token.subject("learner-3"), Map.of("module", MODULE));
        browser.click(browser.click(first, "resume"), "next-unit");

        Page otherUser = launch(new TestBrowser(), token -> token.subject("learner-4"), Map.of("module", MODULE));
        Page otherCourse = launch(new TestBrowser(), token -> token.subject("learner-3").claim(LtiClaimNames.CONTEXT,
                Map.of("id", "course-2", "title", "Another course")), Map.of("module", MODULE));

        assertThat(otherUser.document().getElementById("resume").text()).isEqualTo("Aloita");
        assertThat(otherCourse.document().getElementById("resume").text()).isEqualTo("Aloita");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM learning_progress", Integer.class)).isEqualTo(3);
    }

    @Test
    void formWhenTokenTamperedOrMissingThenRefusedWithSessionError() {
        Page page = launch(browser, token -> token.subject("learner-5"), Map.of("module", MODULE));
        Page forged = browser.click(page, "resume",
                form -> form.selectFirst("input[name=access_token]").attr("value", "forged.token.value"));
        Page missing = browser.postForm(TOOL + "/learn/module", Map.of("module", MODULE));

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.text("error-code")).isEqualTo("session-token-invalid");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.text("error-code")).isEqualTo("session-token-invalid");
    }

    @Test
    void formWhenAnotherModuleThanTheActivityNamesThenRefused() {
        Page page = launch(browser, token -> token.subject("learner-8"), Map.of("module", MODULE));
        Page other = browser.click(page, "resume",
                form -> form.selectFirst("input[name=module]").attr("value", "recognition-of-prior-learning"));

        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text("error-code")).isEqualTo("content-not-found");
    }

    @Test
    void launchWhenActivityNamesAPackTheToolDoesNotHaveThenContentNotFound() {
        Page login = browser.postForm(LOGIN, loginParameters());
        Page page = browser.postForm(LAUNCH, launchFields(login.location(), Launches.token(login)
                .subject("learner-12").claim(LtiClaimNames.CUSTOM, Map.of("pack", "no-such-pack")).sign()));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text("error-code")).isEqualTo("content-not-found");
    }

    @Test
    void progressWhenReadForAPageThenTheSameAsTheAggregate() {
        var ref = catalog.module("pokot", MODULE).orElseThrow();
        Module module = ref.module();
        Page page = launch(browser, token -> token.subject("learner-20"), Map.of("module", MODULE));
        Page assessment = LearnerPath.readEveryUnit(browser, page, module);
        answer(assessment, module, false);
        LearnerKey key = new LearnerKey(platform.registration().build().id().value(), SimulatedPlatform.DEPLOYMENT_ID,
                "course-1", "rl-1", "learner-20");

        ProgressRow read = reads.find(key, ref).orElseThrow();
        ProgressRow aggregate = aggregates.findById(read.id()).orElseThrow();
        assertThat(aggregate.views()).hasSize(module.units().size());
        assertThat(aggregate.attempts()).hasSize(1);
        assertThat(read).isEqualTo(aggregate);
        assertThat(reads.find(new LearnerKey(key.registrationId(), key.deploymentId(), "course-1", "rl-1", "nobody"), ref))
                .isEmpty();
    }

    @Test
    void launchWhenNoModuleNamedThenModuleListOfThePack() {
        Page page = launch(browser, token -> token.subject("learner-6"), Map.of());

        assertThat(page.document().select(".module-list > li")).hasSize(catalog.pack("pokot").orElseThrow().modules().size());
        Module module = catalog.module("pokot", MODULE).orElseThrow().module();
        String workload = String.format(java.util.Locale.ROOT, "%.0f tuntia, %.0f op", module.workload().hours(),
                module.workload().ects());
        assertThat(page.document().select(".module-list > li").text()).contains(workload, "EQF " + module.level().eqf());
        Page opened = browser.click(page, "open-" + MODULE);
        assertThat(opened.document().getElementById("module-title")).isNotNull();
    }

    @Test
    void languageWhenSwitchedThenPageInEnglish() {
        Module module = catalog.module("pokot", MODULE).orElseThrow().module();
        Page page = launch(browser, token -> token.subject("learner-7"), Map.of("module", MODULE));

        Page english = browser.submit(page.document().selectFirst("form.lang-switch"), List.of());

        assertThat(english.text("module-title")).isEqualTo(module.title().in("en"));
        assertThat(english.document().selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void instructorWhenLaunchesThenSeesModuleWithPreviewNoteAndNothingRecorded() {
        Page page = launch(browser, token -> token.subject("teacher-1").instructor(), Map.of("module", MODULE));

        assertThat(page.text("module-title")).isNotBlank();
        assertThat(page.text("preview-note")).contains("myöhemmässä versiossa");
        browser.click(page, "resume");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM learning_progress", Integer.class)).isZero();
    }

    // --- helpers

    private Page launch(TestBrowser as, java.util.function.UnaryOperator<IdTokenBuilder> user, Map<String, String> custom) {
        Page login = as.postForm(LOGIN, loginParameters());
        IdTokenBuilder token = user.apply(Launches.token(login).claim(LtiClaimNames.CUSTOM, custom));
        Page page = as.postForm(LAUNCH, launchFields(login.location(), token.sign()));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page;
    }

    private Page answer(Page assessment, Module module, boolean allRight) {
        return LearnerPath.answer(browser, assessment, module, allRight);
    }

    private int completions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM learning_completion", Integer.class);
    }
}
