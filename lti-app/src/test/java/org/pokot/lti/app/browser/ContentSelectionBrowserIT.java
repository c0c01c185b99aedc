package org.pokot.lti.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;

/**
 * A teacher's "Select content" in headless Debian Chromium: the sandbox course page frames the tool's selection
 * page; the teacher previews a module, picks two, renames one and confirms; the signed response reaches the
 * sandbox platform, which verifies it and lists the activities. Screenshots feed {@code docs/teacher-guide.md}.
 */
@Tag("browser")
@LtiAppTest
class ContentSelectionBrowserIT extends AppPort {

    @Test
    void selectionWhenTwoModulesConfirmedThenPlatformReceivesBothAsGradedActivities() {
        try (Chromium chromium = Chromium.start(Chromium.BLOCK_THIRD_PARTY_COOKIES)) {
            WebDriver driver = chromium.driver();
            driver.get(SANDBOX + "?as=instructor&locale=en&message=deeplinking");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("selection-form")));
            driver.switchTo().defaultContent();
            chromium.screenshot("teacher-selection-page");
            driver.switchTo().frame(driver.findElement(By.id("tool-frame")));

            driver.findElement(By.cssSelector("#preview-pokot--labour-market-foresight > summary")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#preview-pokot--labour-market-foresight h1")));
            driver.findElement(By.cssSelector("label[for='choose-pokot--labour-market-foresight']")).click();
            driver.findElement(By.cssSelector("label[for='choose-pokot--recognition-of-prior-learning']")).click();
            WebElement title = driver.findElement(By.id("title-pokot--labour-market-foresight"));
            title.clear();
            title.sendKeys("Foresight for group A");
            driver.switchTo().defaultContent();
            chromium.screenshot("teacher-select-content");
            driver.switchTo().frame(driver.findElement(By.id("tool-frame")));

            driver.findElement(By.id("confirm-selection")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dl-items")));
            assertThat(driver.findElements(By.cssSelector("#dl-items .dl-item"))).extracting(WebElement::getText)
                    .satisfiesExactly(
                            first -> assertThat(first).contains("Foresight for group A", "graded, maximum 8",
                                    "module=labour-market-foresight"),
                            second -> assertThat(second).contains("module=recognition-of-prior-learning"));
            assertThat(driver.findElement(By.id("dl-message")).getText()).isEqualTo("2 POKOT modules added.");
            driver.switchTo().defaultContent();
            chromium.screenshot("teacher-content-added");
        }
    }
}
