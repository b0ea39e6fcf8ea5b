package org.verbund.gateway;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The dashboard in Debian's headless Chromium, driven through {@code /usr/bin/chromedriver}: what a test reads from
 * the page and does on it, by the element ids the page gives its panels.
 */
final class DashboardPage implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver browser;
    private final String base;

    /** A browser with a fresh profile in {@code profile} (nothing cached: the first load is a first load). */
    DashboardPage(String baseUrl, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // without the background-networking flags Chromium waits for the closed network and hangs
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run",
                             "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,1000",
                             "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        base = baseUrl;
    }

    void open() {
        browser.get(base + "/");
    }

    void signIn(String clientId, String secret) {
        browser.findElement(By.id("client-id")).clear();
        browser.findElement(By.id("client-id")).sendKeys(clientId);
        browser.findElement(By.id("client-secret")).clear();
        browser.findElement(By.id("client-secret")).sendKeys(secret, Keys.ENTER);
    }

    void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    boolean shows(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /**
     * The text of the element with this id as a person reads it, on one line; "" if absent. Read
     * in one script, because the panels replace their elements whenever an update arrives.
     */
    String text(String id) {
        Object text = script("const element = document.getElementById(arguments[0]);"
                             + "return element ? element.innerText : ''", id);
        return readable(String.valueOf(text));
    }

    String attribute(String id, String name) {
        Object value = script("const element = document.getElementById(arguments[0]);"
                              + "return element ? element.getAttribute(arguments[1]) : null", id, name);
        return value == null ? null : value.toString();
    }

    /** The rows of the first table in the element with this id, each as its cells' texts. */
    @SuppressWarnings("unchecked")
    List<List<String>> tableRows(String id) {
        List<List<String>> rows = (List<List<String>>) script("""
                return [...document.querySelectorAll('#' + arguments[0] + ' table tbody tr')]
                    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.innerText));""", id);
        return rows.stream().map(row -> row.stream().map(DashboardPage::readable).toList()).toList();
    }

    void chooseLanguage(String language) {
        browser.findElement(By.cssSelector("button[data-language='" + language + "']")).click();
    }

    /** Opens the history drawer of the first application in the list with the keyboard. */
    void openFirstApplicationsHistory() {
        WebElement button = browser.findElement(By.cssSelector("#applications-list button[data-history]"));
        button.sendKeys(Keys.ENTER);
    }

    List<String> historyEntries() {
        return browser.findElements(By.cssSelector("#history .timeline > li")).stream()
                      .map(entry -> readable(entry.getText())).toList();
    }

    boolean historyOpen() {
        return Boolean.TRUE.equals(script("return document.getElementById('history').open"));
    }

    void pressEscape() {
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    String focusedElementsText() {
        return readable(browser.switchTo().activeElement().getText());
    }

    /** Marks the document, so that a test can tell later that the page was not loaded again. */
    void markDocument() {
        script("window.verbundTestMark = 'not reloaded'");
    }

    boolean stillTheMarkedDocument() {
        return "not reloaded".equals(script("return window.verbundTestMark"));
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    Object asyncScript(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeAsyncScript(code, arguments);
    }

    /** axe-core's WCAG 2.1 A and AA rules on the page as it is now: the violations rated serious or critical. */
    List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                                          .analyze(browser);
        return results.getViolations().stream()
                      .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                      .map(DashboardPage::described).toList();
    }

    private static String described(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
               + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList();
    }

    /** The whole page as a PNG (the window made as tall as the page first). */
    Path screenshot(Path file) throws IOException {
        Number height = (Number) script("window.scrollTo(0, 0); return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1440, Math.min(6000, height.intValue() + 20)));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        browser.manage().window().setSize(new Dimension(1440, 1000));
        Files.createDirectories(file.getParent());
        return Files.write(file, png);
    }

    /**
     * What the first load transferred, by the Performance API: {"transferred": bytes on the wire (headers included,
     * compressed), "encoded": bodies as sent, "decoded": bodies unpacked, "requests": how many}. Streams still open
     * are not counted (an entry is written when its response ends).
     */
    @SuppressWarnings("unchecked")
    Map<String, Number> firstLoadWeight() {
        return (Map<String, Number>) script("""
                const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                const sum = (field) => entries.reduce((all, entry) => all + (entry[field] || 0), 0);
                return { transferred: sum('transferSize'), encoded: sum('encodedBodySize'),
                         decoded: sum('decodedBodySize'), requests: entries.length };""");
    }

    private static String readable(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
