package org.pokot.lti.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium with a fresh profile, driven by Debian's ChromeDriver. Both binaries are given
 * explicitly, so Selenium Manager never runs and nothing is downloaded. A missing binary fails the test (it is
 * not skipped): the browser suite must not pass by running nothing.
 * <p>
 * {@code profile.cookie_controls_mode} is Chromium's "third-party cookies" setting: 0 allows them, 1 blocks them.
 * Debian's Chromium 156 already blocks them by default; the tests set the mode explicitly either way.
 */
final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final int ALLOW_THIRD_PARTY_COOKIES = 0;
    static final int BLOCK_THIRD_PARTY_COOKIES = 1;

    /** As root on this closed network: without the background-networking flags Chromium's connections are refused. */
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--no-default-browser-check", "--window-size=1280,900");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Chromium(int cookieControlsMode, List<String> extraFlags, Map<String, Object> extraPrefs) {
        requireInstalled(BROWSER, "chromium");
        requireInstalled(DRIVER, "chromedriver");
        try {
            profile = Files.createTempDirectory("pokot-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> prefs = new LinkedHashMap<>();
        prefs.put("profile.cookie_controls_mode", cookieControlsMode);
        prefs.putAll(extraPrefs);
        List<String> flags = new ArrayList<>(FLAGS);
        flags.add("--user-data-dir=" + profile);
        flags.addAll(extraFlags);
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(flags)
                .setExperimentalOption("prefs", prefs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
    }

    /** A browser with third-party cookies blocked (1) or allowed (0). */
    static Chromium start(int cookieControlsMode) {
        return new Chromium(cookieControlsMode, List.of(), Map.of());
    }

    static Chromium start(int cookieControlsMode, List<String> extraFlags, Map<String, Object> extraPrefs) {
        return new Chromium(cookieControlsMode, extraFlags, extraPrefs);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves what the current window shows as a PNG under {@code target/screenshots/}. */
    Path screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private static void requireInstalled(Path binary, String what) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and ChromeDriver, but " + what
                    + " is missing at " + binary + ". Install them with: apt-get install chromium chromium-driver");
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is no test failure
        }
    }
}
