package org.pokot.lti.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.RegisteringPlatform;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.RegistrationRepository;

/**
 * Dynamic registration as Moodle runs it, in headless Debian Chromium: the LMS admin's page (on the platform's
 * site, 127.0.0.1) opens the tool's registration URL (on localhost, another site) in an iframe. The tool's pages
 * must load in that frame, the admin registers, and "Back to the LMS" posts {@code org.imsglobal.lti.close} to
 * the LMS page, which is what makes Moodle close the frame.
 */
@Tag("browser")
@LtiAppTest
class DynamicRegistrationBrowserIT extends AppPort {

    @Autowired
    RegistrationRepository registrations;

    @Test
    void registerWhenOpenedInTheLmsFrameThenRegisteredAndTheLmsToldToClose() {
        try (RegisteringPlatform platform = RegisteringPlatform.start();
             Chromium chromium = Chromium.start(Chromium.BLOCK_THIRD_PARTY_COOKIES)) {
            String registrationUrl = TOOL + "/lti/register?openid_configuration="
                    + URLEncoder.encode(platform.configurationUrl(), StandardCharsets.UTF_8)
                    + "&registration_token=" + platform.newRegistrationToken();
            platform.serveAdminPage("""
                    <!DOCTYPE html><html><body>
                    <iframe id="tool" src="%s" width="900" height="700"></iframe>
                    <pre id="received"></pre>
                    <script>
                      window.addEventListener('message', function (e) {
                        document.getElementById('received').textContent = JSON.stringify(e.data);
                      });
                    </script>
                    </body></html>""".formatted(registrationUrl));
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

            driver.get(platform.uri(RegisteringPlatform.ADMIN_PAGE_PATH).toString());
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("register")));
            assertThat(driver.findElement(By.id("platform-issuer")).getText()).isEqualTo(platform.issuer());
            chromium.screenshot("dynamic-registration-confirm");
            driver.findElement(By.id("register")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("close-registration")));
            assertThat(driver.findElement(By.id("next-step")).getText()).contains("Activate");
            chromium.screenshot("dynamic-registration-done");
            driver.findElement(By.id("close-registration")).click();
            driver.switchTo().defaultContent();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("received"), "org.imsglobal.lti.close"));

            assertThat(driver.findElement(By.id("received")).getText())
                    .isEqualTo("{\"subject\":\"org.imsglobal.lti.close\"}");
            assertThat(registrations.findByIssuer(new Issuer(platform.issuer()))).hasSize(1);
            assertThat(platform.registrationRequests()).hasSize(1);
        }
    }
}
