package org.pokot.lti.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.pack.PackModel.Option;
import org.pokot.lti.app.pack.PackModel.Question;
import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;

/**
 * The learner's whole path in headless Debian Chromium, inside the sandbox course page's iframe with third-party
 * cookies blocked: every unit, a failed assessment, a retry, a pass. Screenshots of a unit page and of the result
 * page go to {@code target/screenshots/} (the teacher guide uses them).
 */
@Tag("browser")
@LtiAppTest
class LearnerPathBrowserIT extends AppPort {

    static final String MODULE = "micro-credential-design";

    @Autowired
    PackCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void learnerWhenReadsUnitsFailsRetriesAndPassesThenCompletionStored() {
        Module module = catalog.module("pokot", MODULE).orElseThrow().module();
        try (Chromium chromium = Chromium.start(Chromium.BLOCK_THIRD_PARTY_COOKIES)) {
            WebDriver driver = chromium.driver();
            driver.get(SANDBOX + "?as=learner&locale=en&module=" + MODULE);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("module-title")));
            assertThat(driver.findElement(By.id("module-title")).getText()).isEqualTo(module.title().in("en"));

            click(driver, wait, "resume");
            for (int i = 0; i < module.units().size(); i++) {
                wait.until(ExpectedConditions.textToBe(By.id("unit-position"),
                        "Unit " + (i + 1) + " of " + module.units().size()));
                if (i == 1) {
                    driver.switchTo().defaultContent();
                    chromium.screenshot("learner-unit-page");
                    driver.switchTo().frame(driver.findElement(By.id("tool-frame")));
                }
                click(driver, wait, i + 1 < module.units().size() ? "next-unit" : "to-assessment");
            }

            answer(driver, wait, module, false);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-failed")));
            click(driver, wait, "retry");
            answer(driver, wait, module, true);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-passed")));
            driver.switchTo().defaultContent();
            chromium.screenshot("learner-result-page");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM learning_completion WHERE module_id = ? AND user_id = ?",
                Integer.class, MODULE, "sandbox-learner")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment_attempt a JOIN learning_progress p "
                + "ON a.progress_id = p.id WHERE p.module_id = ?", Integer.class, MODULE)).isEqualTo(2);
    }

    /** Ticks every right answer, or just enough wrong ones to stay under the threshold; then submits. */
    private static void answer(WebDriver driver, WebDriverWait wait, Module module, boolean allRight) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment-form")));
        List<Question> questions = module.assessment().questions();
        int mostCorrectThatFails = (int) Math.ceil(module.assessment().passThreshold() * questions.size() / 100.0) - 1;
        int wrongAnswers = allRight ? 0 : questions.size() - mostCorrectThatFails;
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            boolean wrong = i < wrongAnswers;
            List<Option> options = question.options().stream().filter(o -> o.correct() != wrong).toList();
            for (Option option : wrong ? options.subList(0, 1) : options) {
                WebElement input = driver.findElement(By.id("q-" + question.id() + "-" + option.id()));
                // the label is what a person clicks
                driver.findElement(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")).click();
            }
        }
        click(driver, wait, "submit-answers");
    }

    private static void click(WebDriver driver, WebDriverWait wait, String id) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
    }
}
