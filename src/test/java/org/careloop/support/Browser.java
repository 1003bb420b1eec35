package org.careloop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver, against the running application. Tests that
 * need it are skipped where Chromium is not installed (.ci/run installs it).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final List<String> policyViolations = new ArrayList<>();

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(int port) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed");
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,800",
                    "--user-data-dir=" + Files.createTempDirectory("careloop-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 800));
            return new Browser(driver, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser visit(String path) {
        collectPolicyViolations();
        driver.get(baseUrl + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        visit("/login");
        field("username").sendKeys(username);
        field("password").sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().equals(baseUrl + "/login"));
        return this;
    }

    public WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Waits up to 10 s; an element htmx swapped out between finding and reading it is simply looked up again. */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the page looks like now under target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How much wider than the window the page is, in CSS pixels: 0 when nothing scrolls sideways. */
    public long sidewaysOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);")).longValue();
    }

    /** The elements that stick out past the window's right edge, for the message of a failed width check. */
    @SuppressWarnings("unchecked")
    public List<String> overflowingElements() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var out = [];
                function inScrollBox(e) {
                  var p = e.parentElement;
                  return p && p !== document.body && p.getBoundingClientRect().right > window.innerWidth + 1;
                }
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > window.innerWidth + 1 && out.length < 8 && !inScrollBox(e)) {
                    out.push(getComputedStyle(e).position + ' ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                        ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '') + ' right=' + Math.round(r.right));
                  }
                });
                return out;""");
    }

    /**
     * The WCAG 2.0/2.1/2.2 A and AA violations axe-core finds on the page as it is now, one line each (rule, impact,
     * the first offending elements). axe-core comes from its WebJar on the test classpath and is evaluated by
     * WebDriver, outside the page's Content-Security-Policy, which stays as strict as the application sends it.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(AxeCore.SOURCE);
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                                   resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 4).map(function (n) {
                        return n.target.join(' ');
                      }).join(', ');
                    }));
                  })
                  .catch(function (e) { done(['axe-core failed: ' + e]); });""");
        return (List<String>) result;
    }

    /** The axe-core script, read once from its WebJar. */
    private static final class AxeCore {
        static final String SOURCE = read();

        private static String read() {
            try (var in = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js")[0].getInputStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Content-Security-Policy violations the pages reported so far (Chromium logs each refused inline script,
     * handler, style or eval as a console error).
     */
    public List<String> policyViolations() {
        collectPolicyViolations();
        return List.copyOf(policyViolations);
    }

    /** The violations reported so far, which then no longer fail the test (for tests that provoke one). */
    public List<String> takePolicyViolations() {
        List<String> taken = policyViolations();
        policyViolations.clear();
        return taken;
    }

    private void collectPolicyViolations() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .forEach(policyViolations::add);
    }

    /** Closes the browser; fails the test when any page broke the Content-Security-Policy. */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = policyViolations();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The pages broke the Content-Security-Policy: " + violations);
        }
    }
}
