package org.switchboard.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.testsupport.web.WebClient;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by Selenium. The binary and driver are given explicitly so
 * Selenium never tries to download one; every page is on 127.0.0.1.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URI base;
    private final Path screenshots;
    private final Path downloads;

    public Browser(URL deployment) {
        this.base = WebClient.loopback(deployment);
        this.screenshots = Path.of(System.getProperty("switchboard.it.screenshots", "target/screenshots"));
        Path profile = Path.of(System.getProperty("switchboard.it.chromeProfile", "target/chromium-profile"))
                .resolve(String.valueOf(System.nanoTime()));
        this.downloads = Path.of(System.getProperty("switchboard.it.downloads", "target/downloads"))
                .resolve(String.valueOf(System.nanoTime())).toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        // Files a page sends as attachments land in a directory of this browser's own, PDFs included.
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true,
                "plugins.always_open_pdf_externally", true));
        options.setBinary("/usr/bin/chromium");
        // The console is read at the end: a script the page's policy refused fails the test.
        org.openqa.selenium.logging.LoggingPreferences logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public WebElement find(String cssSelector) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public WebElement byText(String tag, String text) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//" + tag + "[contains(normalize-space(.), '" + text + "')]")));
    }

    /**
     * Opens the account switcher and goes to the account of that name: looked for in the switcher's
     * menu only, as the page itself may link the same name (a client in the activity feed).
     */
    public void switchTo(String accountName) {
        find("#topbar\\:switcher_button").click();
        clickAndWait(waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='topbar:switcher_menu']//a[contains(normalize-space(.), '" + accountName + "')]"))));
    }

    public void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits for the next page to replace this one. */
    public void clickAndWait(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        waitFor().until(ExpectedConditions.stalenessOf(html));
    }

    /** The current page's path within the application, e.g. "/portal/welcome.xhtml". */
    /** Waits until PrimeFaces has no AJAX request queued or running. */
    public void waitForAjax() {
        waitFor().until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** The whole URL after the application's root, with its query, e.g. "/portal/accounts.xhtml?page=2". */
    public String pathAndQuery() {
        URI current = URI.create(driver.getCurrentUrl());
        return path() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    /**
     * The texts of the matching elements. An AJAX update may replace them between finding and
     * reading (a stale element): then they are found again.
     */
    public java.util.List<String> texts(String cssSelector) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    public void back() {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.navigate().back();
        waitFor().until(ExpectedConditions.stalenessOf(html));
    }

    public WebDriver driver() {
        return driver;
    }

    public String path() {
        String path = URI.create(driver.getCurrentUrl()).getPath();
        String root = base.getPath();
        return path.startsWith(root) ? "/" + path.substring(root.length()) : path;
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("Could not save screenshot " + name, e);
        }
    }

    /**
     * Waits for a download whose file name starts with {@code prefix} to finish and returns the
     * file (Chromium writes it as .crdownload until it is complete).
     */
    public Path downloaded(String prefix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> {
            if (!Files.isDirectory(downloads)) {
                return null;
            }
            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                        .filter(file -> !file.getFileName().toString().endsWith(".crdownload"))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** What the pages' Content Security Policy refused since the last call, from the browser's console. */
    public java.util.List<String> refusedByPolicy() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /**
     * Ends the browser. Whatever the pages' Content Security Policy refused on the way (a script or
     * handler without the page's nonce, an eval) was a broken page for a real person: it fails the test.
     */
    @Override
    public void close() {
        java.util.List<String> refused;
        try {
            refused = refusedByPolicy();
        } finally {
            driver.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("The page's Content Security Policy refused: " + refused);
        }
    }
}
