package org.pokot.lti.app.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Where a launch in the browser ended: the launch page once its call to {@code /api/session} with the session
 * token has answered ({@code #session-status[data-state]} is {@code active} or {@code failed}), or an error page,
 * or the launch check's "open in a new window" notice. Waiting for any end, not only for success, makes a broken
 * launch fail at once with what the page said, instead of after the whole timeout.
 */
record LaunchOutcome(String sessionState, String userName, String role, String pageText) {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String NOT_LAUNCHED = "not launched";

    boolean sessionActive() {
        return "active".equals(sessionState);
    }

    /** In the course page's {@code #tool-frame}; the driver is left switched into the frame. */
    static LaunchOutcome inToolFrame(WebDriver driver) {
        return await(driver, true);
    }

    /** In the current window. */
    static LaunchOutcome inWindow(WebDriver driver) {
        return await(driver, false);
    }

    /**
     * Polls until the page ends. The frame is entered afresh at each poll: it navigates across the two sites
     * several times during a launch, so a frame reference from an earlier page may be gone.
     */
    private static LaunchOutcome await(WebDriver driver, boolean framed) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(NoSuchFrameException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (framed) {
                        d.switchTo().defaultContent();
                        d.switchTo().frame(d.findElement(By.id("tool-frame")));
                    }
                    List<WebElement> status = d.findElements(By.cssSelector("#session-status[data-state]"));
                    if (!status.isEmpty()) {
                        return new LaunchOutcome(status.get(0).getDomAttribute("data-state"),
                                d.findElement(By.id("user-name")).getText(), d.findElement(By.id("role")).getText(),
                                bodyText(d));
                    }
                    boolean ended = !d.findElements(By.id("error-code")).isEmpty()
                            || !d.findElements(By.cssSelector("#launch-check-blocked:not([hidden])")).isEmpty();
                    return ended ? new LaunchOutcome(NOT_LAUNCHED, null, null, bodyText(d)) : null;
                });
    }

    private static String bodyText(WebDriver driver) {
        return driver.findElement(By.tagName("body")).getText().replace('\n', ' ');
    }
}
