package org.pokot.lti.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.pack.PackModel.Option;
import org.pokot.lti.app.pack.PackModel.Question;
import org.pokot.lti.app.testing.TestBrowser.Page;

/** A learner working through a module over HTTP, as the pages' forms allow. */
public final class LearnerPath {

    private LearnerPath() {
    }

    /** From the module page: every unit in order, then the assessment page. */
    public static Page readEveryUnit(TestBrowser browser, Page modulePage, Module module) {
        Page page = browser.click(modulePage, "resume");
        for (int i = 0; i < module.units().size(); i++) {
            page = browser.click(page, i + 1 < module.units().size() ? "next-unit" : "to-assessment");
        }
        return page;
    }

    /** Answers every question right, or just enough of them wrong to stay under the pass threshold. */
    public static Page answer(TestBrowser browser, Page assessment, Module module, boolean allRight) {
        Element form = assessment.document().getElementById("assessment-form");
        assertThat(form).as("the assessment form is open").isNotNull();
        List<Map.Entry<String, String>> chosen = new ArrayList<>();
        List<Question> questions = module.assessment().questions();
        int mostCorrectThatFails = (int) Math.ceil(module.assessment().passThreshold() * questions.size() / 100.0) - 1;
        int wrongAnswers = allRight ? 0 : questions.size() - mostCorrectThatFails;
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            boolean wrong = i < wrongAnswers;
            List<Option> options = question.options().stream().filter(o -> o.correct() != wrong).toList();
            for (Option option : wrong ? options.subList(0, 1) : options) {
                chosen.add(Map.entry("q." + question.id(), option.id()));
            }
        }
        Page result = browser.submit(form, chosen);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        return result;
    }
}
