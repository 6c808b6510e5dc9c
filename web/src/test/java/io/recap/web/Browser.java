package io.recap.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real Chromium for the page's tests: Debian's {@code chromium} driven through {@code chromium-driver}, both
 * named explicitly (so that Selenium Manager never looks for a browser on the network), headless. Starting one
 * takes 5–12 s on two cores: each test class starts one and shares it.
 *
 * <p>Without Chromium the tests are skipped, saying why; with {@code CI} set they fail instead (.ci/run installs
 * {@code chromium chromium-driver}).
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go for a person to look at. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    private Browser() {
    }

    /** Skips the calling test class (or fails it in CI) when Chromium or its driver is missing. */
    static void assumeInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String reason = "the page's browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isEmpty() && !ci.equals("false")) {
            fail("CI is set, and " + reason);
        }
        Assumptions.abort(reason);
    }

    /** A new headless Chromium with a window of {@code width}×{@code height}. */
    static WebDriver start(int width, int height) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=en-US", "--force-device-scale-factor=1",
                "--disable-gpu", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}; returns the file. */
    static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
