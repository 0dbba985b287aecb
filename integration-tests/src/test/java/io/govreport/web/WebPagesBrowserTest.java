package io.govreport.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web pages in real headless Chromium (Debian's chromium and chromedriver, driven by Selenium), against the
 * system with the samples stored. Each test leaves a screenshot in target/screenshots.
 */
@ExtendWith(SampleSystem.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class WebPagesBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PINGGU_FILE = "000_bb1657dc1677307e.txt";

    private static SampleSystem.Running running;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void openBrowser(SampleSystem.Running system) throws IOException {
        running = system;
        profile = Files.createTempDirectory("govreport-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1500,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void reportListFiltersByRegion() throws IOException {
        browser.get(running.url("/index.html"));
        waitFor(d -> rows("#reports tbody tr").size() >= 5);
        new Select(browser.findElement(By.id("region"))).selectByValue("北京市平谷区");
        browser.findElement(By.cssSelector("#filters button")).click();
        waitFor(d -> d.getCurrentUrl().contains("region=") && rows("#reports tbody tr").size() == 1);
        WebElement only = rows("#reports tbody tr").get(0);
        assertTrue(only.getText().contains("平谷"), only.getText());
        assertEquals(running.idByFile().get(PINGGU_FILE), only.getAttribute("data-id"));
        screenshot("reports-filtered");

        // opened from the list, as people do: no at= and no #hash
        only.findElement(By.cssSelector("a")).click();
        waitFor(d -> d.getCurrentUrl().contains("/report.html?id=") && rows("#indicators tbody tr").size() > 10);
        assertNoError();
        screenshot("report-from-list");
    }

    @Test
    void clickingAnIndicatorScrollsToItsEvidenceAndMarksIt() throws IOException {
        browser.get(running.url("/report.html?id=" + running.idByFile().get(PINGGU_FILE)));
        waitFor(d -> rows("#indicators tbody tr").size() > 10);
        assertTrue(browser.findElement(By.id("title")).getText().contains("平谷区"));
        assertNoError();
        assertTrue(browser.findElements(By.cssSelector("#toc a")).size() > 3, "heading tree");
        Long unmarked = (Long) ((JavascriptExecutor) browser).executeScript("""
                const marked = new Set([...document.querySelectorAll('#text mark.indicator')]
                    .flatMap((m) => m.dataset.indicators.split(' ')));
                return [...document.querySelectorAll('#indicators tbody tr')].filter((r) => !marked.has(r.dataset.index)).length;""");
        assertEquals(0L, unmarked, "every indicator's evidence is highlighted in the text");

        List<WebElement> rows = rows("#indicators tbody tr");
        WebElement row = rows.get(rows.size() - 3);
        String index = row.getAttribute("data-index");
        row.click();
        waitFor(d -> !d.findElements(By.cssSelector("#text mark.active")).isEmpty());
        for (WebElement active : browser.findElements(By.cssSelector("#text mark.active"))) {
            assertTrue(List.of(active.getAttribute("data-indicators").split(" ")).contains(index));
        }
        assertTrue(row.getAttribute("class").contains("active"));
        Boolean visible = (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const mark = document.querySelector('#text mark.active').getBoundingClientRect();
                const box = document.getElementById('text').getBoundingClientRect();
                return mark.top >= box.top && mark.bottom <= box.bottom;""");
        assertTrue(visible, "the evidence was scrolled into view");
        screenshot("report-evidence-marked");
    }

    @Test
    void compareDrawsTheGdpTargetsChartAndTable() throws IOException {
        browser.get(running.url("/compare.html?metric=gdp&kind=target"));
        waitFor(d -> rows("#table tbody tr").size() >= 5);
        Long series = (Long) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series.length;");
        assertTrue(series >= 5, "a target line per region: " + series);
        assertTrue(browser.findElement(By.cssSelector("#chart canvas")).isDisplayed());
        String table = browser.findElement(By.id("table")).getText();
        assertTrue(table.contains("北京市平谷区") && table.contains("目标 6.5 %") && table.contains("目标 5 %"), table);
        screenshot("compare-gdp-targets");

        new Select(browser.findElement(By.id("kind"))).selectByValue("");
        browser.findElement(By.cssSelector("#filters button")).click();
        waitFor(d -> d.findElement(By.id("table")).getText().contains("实际"));
        screenshot("compare-gdp-all");
    }

    @Test
    void searchHighlightsHitsAndLeadsToThePassage() throws IOException {
        browser.get(running.url("/search.html"));
        browser.findElement(By.id("q")).sendKeys("煤改气");
        browser.findElement(By.cssSelector("#search button")).click();
        waitFor(d -> !rows("#hits li").isEmpty());
        WebElement first = rows("#hits li").get(0);
        assertTrue(first.findElements(By.tagName("mark")).stream().anyMatch(m -> m.getText().equals("煤改气")), first.getText());
        screenshot("search-hits");
        first.findElement(By.cssSelector("a.title")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#at")).isEmpty());
        assertTrue(browser.findElement(By.id("at")).getText().length() > 0);
        screenshot("search-hit-opened");
    }

    @Test
    void uploadingAReportShowsItStoredAndOpensIt() throws IOException {
        Path sample = running.root().resolve("samples").resolve("003_f0b527c351b8034f.txt");
        Path copy = Files.createTempFile("govreport-upload-", ".txt");
        // a copy no other test submits, so it is a new report
        Files.copy(sample, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(copy, "\n附：浏览器上传测试 " + UUID.randomUUID() + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        browser.get(running.url("/upload.html"));
        browser.findElement(By.id("key")).sendKeys(running.system().apiKey());
        browser.findElement(By.id("file")).sendKeys(copy.toString());
        assertTrue(browser.findElement(By.id("file-name")).getText().startsWith(copy.getFileName().toString()));
        browser.findElement(By.cssSelector("#upload button")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(d -> !d.findElements(By.id("open")).isEmpty());
        screenshot("upload-stored");
        browser.findElement(By.id("open")).click();
        waitFor(d -> d.getCurrentUrl().contains("/report.html") && d.findElement(By.id("title")).getText().contains("武清"));
        Files.delete(copy);

        browser.get(running.url("/upload.html"));
        // a file dropped on the drop zone is taken like a chosen one
        ((JavascriptExecutor) browser).executeScript("""
                const transfer = new DataTransfer();
                transfer.items.add(new File(['2018年政府工作报告'], 'dropped.txt', { type: 'text/plain' }));
                document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));""");
        assertTrue(browser.findElement(By.id("file-name")).getText().startsWith("dropped.txt"));
        browser.navigate().refresh();
        browser.findElement(By.id("key")).clear();
        browser.findElement(By.id("key")).sendKeys("not-a-key");
        browser.findElement(By.id("text")).sendKeys("2018年政府工作报告");
        browser.findElement(By.cssSelector("#upload button")).click();
        waitFor(d -> d.findElement(By.id("error")).isDisplayed());
        assertTrue(browser.findElement(By.id("error")).getText().contains("X-API-Key"), "the 403 problem is shown");
        screenshot("upload-wrong-key");
    }

    /** The page's error box stays hidden and empty (the rows it waited for are drawn in the task that would fill it). */
    private static void assertNoError() {
        WebElement error = browser.findElement(By.id("error"));
        assertFalse(error.isDisplayed(), error.getText());
        assertEquals("", error.getAttribute("textContent"));
    }

    private static List<WebElement> rows(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, WAIT).until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
