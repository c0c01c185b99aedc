package org.pokot.lti.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;

/**
 * The admin console in headless Debian Chromium: a wrong password, the login, the registration list, adding a
 * registration through the form, and logging out. The session cookie must work in a real browser although it is
 * {@code Secure} on http://localhost and {@code SameSite=Strict}.
 */
@Tag("browser")
@LtiAppTest
@TestPropertySource(properties = "lti.admin.password={noop}" + AdminConsoleBrowserIT.PASSWORD)
class AdminConsoleBrowserIT extends AppPort {

    static final String PASSWORD = "browser-console-password";
    static final String ISSUER = "https://moodle.browser.example";

    @Test
    void adminWhenLogsInThenSeesAndAddsRegistrations() {
        try (Chromium chromium = Chromium.start(Chromium.BLOCK_THIRD_PARTY_COOKIES)) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

            driver.get(TOOL + "/admin/registrations");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
            logIn(driver, wait, "not-the-password");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
            logIn(driver, wait, PASSWORD);

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registrations")));
            assertThat(driver.getCurrentUrl()).as("the page first asked for").startsWith(TOOL + "/admin/registrations");
            assertThat(driver.findElements(By.cssSelector("#registrations .issuer")))
                    .extracting(WebElement::getText).contains("http://127.0.0.1:" + PORT + "/sandbox");
            Cookie session = driver.manage().getCookieNamed("POKOT_ADMIN_SESSION");
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.isSecure()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Strict");
            assertThat(session.getPath()).isEqualTo("/admin");

            click(driver, wait, "add-registration");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-form")));
            type(driver, "issuer", ISSUER);
            type(driver, "clientId", "browser-client");
            type(driver, "authorizationEndpoint", ISSUER + "/mod/lti/auth.php");
            type(driver, "tokenEndpoint", ISSUER + "/mod/lti/token.php");
            type(driver, "jwksUri", "http://moodle.browser.example/mod/lti/certs.php");
            type(driver, "deploymentIds", "1");
            click(driver, wait, "save-registration");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem-jwksUri")));
            chromium.screenshot("admin-registration-form-problem");
            driver.findElement(By.id("jwksUri")).clear();
            type(driver, "jwksUri", ISSUER + "/mod/lti/certs.php");
            click(driver, wait, "save-registration");

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
            assertThat(driver.findElements(By.cssSelector("#registrations .issuer")))
                    .extracting(WebElement::getText).contains(ISSUER);
            chromium.screenshot("admin-registrations");

            click(driver, wait, "logout");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-logout")));
            driver.get(TOOL + "/admin/registrations");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        }
    }

    private static void logIn(WebDriver driver, WebDriverWait wait, String password) {
        type(driver, "username", "admin");
        type(driver, "password", password);
        click(driver, wait, "login");
    }

    private static void type(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private static void click(WebDriver driver, WebDriverWait wait, String id) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
    }
}
