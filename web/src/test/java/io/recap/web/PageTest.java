package io.recap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.index.ReportIndex;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real Chromium, as a person uses it: type a query and see the hits, narrow them with a facet,
 * open an event (one of a page that recaps several too), go back; on a phone-sized screen too; and a report written
 * to attack the page shows as text.
 * Screenshots of the results and of an event go to {@code target/screenshots/} (with {@code -Drecap.docs=DIR},
 * the results page also to {@code DIR/web-page.png}, the README's picture).
 */
class PageTest {

    static final String SEED_SESSION = "Tư Duy & Văn Hóa DevOps";

    @TempDir
    static Path tmp;
    static ReportIndex index;
    static WebServer server;
    static WebDriver browser;
    static WebDriverWait wait;
    static Path twoEvents;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        Path attack = TestArchive.writeAttack(tmp.resolve("attack")).getParent().getParent();
        twoEvents = TestArchive.writeTwoEvents(tmp.resolve("site"));
        index = ReportIndex.open(TestArchive.index(tmp.resolve("index"), TestArchive.EXAMPLES, attack,
                tmp.resolve("site")));
        server = WebServer.builder(index).port(0).log(line -> { }).start();
        browser = Browser.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            index.close();
        }
    }

    @BeforeEach
    void wideWindow() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    void open(String pathAndQuery) {
        browser.get(server.url().resolve(pathAndQuery).toString());
        waitForResults();
    }

    /** Waits until the results are in (the summary says how many) and no request is pending. */
    void waitForResults() {
        wait.until(d -> !text("summary").isEmpty() && d.findElement(By.id("results")).getAttribute("aria-busy") == null);
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    List<String> hitTitles() {
        return browser.findElements(By.cssSelector("#hits .hit-title")).stream().map(WebElement::getText).toList();
    }

    String url() {
        return browser.getCurrentUrl();
    }

    WebElement facet(String param, String value) {
        return browser.findElement(By.cssSelector("button[data-param='" + param + "'][data-value='" + value + "']"));
    }

    @Test
    void slashFocusesTheSearchBoxAndTypingShowsTheHits() {
        open("/");
        assertThat(text("summary")).startsWith("1–10 of 32 sessions");
        new Actions(browser).sendKeys("/").perform();
        WebElement box = browser.switchTo().activeElement();
        assertThat(box.getAttribute("id")).isEqualTo("q");
        box.sendKeys("tu duy");
        wait.until(ExpectedConditions.urlContains("q=tu+duy"));
        waitForResults();
        assertThat(hitTitles()).containsExactly(SEED_SESSION);
        assertThat(text("summary")).isEqualTo("1 session for “tu duy”");
        assertThat(browser.findElement(By.id("pager")).isDisplayed()).as("no pager for one page").isFalse();
        assertThat(browser.findElements(By.cssSelector("#hits .snippet mark")).stream().map(WebElement::getText))
                .containsExactly("Tư", "Duy");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.characterSet")).isEqualTo("UTF-8");
    }

    @Test
    void aServiceFacetNarrowsTheListAndItsCountsAndShowsAsARemovableChip() {
        open("/");
        long before = hitCountFromSummary();
        facet("service", "codedeploy").click();
        wait.until(ExpectedConditions.urlContains("service=codedeploy"));
        waitForResults();
        assertThat(text("summary")).isEqualTo("3 sessions, newest first");
        assertThat(hitCountFromSummary()).isLessThan(before);
        for (WebElement hit : browser.findElements(By.cssSelector("#hits .hit"))) {
            assertThat(hit.findElements(By.cssSelector(".tags li")).stream().map(WebElement::getText))
                    .contains("CodeDeploy");
        }
        assertThat(facet("service", "codedeploy").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(facet("service", "codedeploy").findElement(By.className("count")).getText()).isEqualTo("3");
        long years = browser.findElements(By.cssSelector("#facet-years .count")).stream()
                .mapToLong(e -> Long.parseLong(e.getText())).sum();
        assertThat(years).as("the year counts cover the 3 sessions, not all").isEqualTo(3);

        WebElement chip = browser.findElement(By.cssSelector("#chips .chip"));
        assertThat(chip.getText()).startsWith("service: codedeploy");
        chip.click();
        wait.until(d -> !url().contains("service="));
        waitForResults();
        assertThat(hitCountFromSummary()).isEqualTo(before);
        assertThat(browser.findElements(By.cssSelector("#chips .chip"))).isEmpty();
    }

    @Test
    void aTopicFacetNarrowsTheListToItsCountAndShowsAsARemovableChip() {
        open("/");
        long before = hitCountFromSummary();
        List<WebElement> topics = browser.findElements(By.cssSelector("#facet-topics button[data-param='topic']"));
        assertThat(topics).as("the examples' sessions are about topics; the ten most frequent are shown")
                .isNotEmpty().hasSizeLessThanOrEqualTo(10);
        String topic = topics.get(0).getAttribute("data-value");
        long count = Long.parseLong(topics.get(0).findElement(By.className("count")).getText());
        topics.get(0).click();
        wait.until(ExpectedConditions.urlContains("topic=" + topic));
        waitForResults();
        assertThat(hitCountFromSummary()).isEqualTo(count).isLessThan(before);
        assertThat(facet("topic", topic).getAttribute("aria-pressed")).isEqualTo("true");
        WebElement chip = browser.findElement(By.cssSelector("#chips .chip"));
        assertThat(chip.getText()).startsWith("topic: " + topic);
        chip.click();
        wait.until(d -> !url().contains("topic="));
        waitForResults();
        assertThat(hitCountFromSummary()).isEqualTo(before);
    }

    long hitCountFromSummary() {
        String s = text("summary");
        String count = s.contains(" of ") ? s.substring(s.indexOf(" of ") + 4) : s;
        return Long.parseLong(count.substring(0, count.indexOf(' ')).replace(",", ""));
    }

    @Test
    void anEventShowsItsFactsSessionsWithServicesSpeakersAndItsSource() {
        open("/?q=" + "tu+duy");
        browser.findElement(By.cssSelector("#hits .hit-title")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-title")));
        assertThat(url()).contains("event=").contains("q=tu+duy");
        assertThat(text("event-title")).isEqualTo("DevOps on AWS Workshop");
        assertThat(browser.findElement(By.id("results-view")).isDisplayed()).as("the results, hidden").isFalse();
        WebElement view = browser.findElement(By.id("event-view"));
        assertThat(view.getAttribute("lang")).isEqualTo("vi");
        assertThat(view.findElement(By.className("facts")).getText()).contains("Date", "2025-11-17");
        List<String> sessions = view.findElements(By.cssSelector(".session .session-title")).stream()
                .map(WebElement::getText).toList();
        assertThat(sessions).contains("1. " + SEED_SESSION);
        assertThat(view.findElement(By.id("session-2")).findElements(By.cssSelector(".tags li")).stream()
                .map(WebElement::getText)).contains("CodeDeploy");
        assertThat(view.findElements(By.tagName("h2")).stream().map(WebElement::getText))
                .contains("Sessions", "Services");
        WebElement source = browser.findElement(By.id("source-link"));
        assertThat(source.getText()).isEqualTo(TestArchive.SEED.toString());
        assertThat(source.getAttribute("href")).contains("/api/source?path=");
        Browser.screenshot(browser, "event");
        assertThat(Browser.SCREENSHOTS.resolve("event.png")).isNotEmptyFile();

        source.click();
        wait.until(ExpectedConditions.urlContains("/api/source"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("AWS Cloud Mastery Series #2");
    }

    @Test
    void anEventOfAPageOfSeveralLinksToThePagesFile() {
        browser.get(server.url().resolve("/?event=" + URLEncoder.encode(twoEvents + "#2", StandardCharsets.UTF_8))
                .toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-title")));
        assertThat(text("event-title")).isEqualTo("Container Night");
        WebElement source = browser.findElement(By.id("source-link"));
        assertThat(source.getText()).isEqualTo(twoEvents.toString());
        assertThat(text("stats")).as("the events (the page of two is no event itself) and their sessions")
                .isEqualTo("11 events · 35 sessions");
        assertThat(browser.findElement(By.className("source")).getText()).endsWith("(event 2 of the page)");
        source.click();
        wait.until(ExpectedConditions.urlContains("/api/source"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Serverless Night", "Container Night");
    }

    @Test
    void theBackButtonWalksBackThroughEventFacetAndQuery() {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("trien khai");
        wait.until(ExpectedConditions.urlContains("q=trien+khai"));
        waitForResults();
        List<String> deploying = hitTitles();
        facet("service", "codedeploy").click();
        wait.until(ExpectedConditions.urlContains("service=codedeploy"));
        waitForResults();
        List<String> narrowed = hitTitles();
        assertThat(narrowed.size()).isLessThan(deploying.size());
        browser.findElement(By.cssSelector("#hits .hit-title")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-title")));

        browser.navigate().back();
        wait.until(d -> !url().contains("event="));
        waitForResults();
        assertThat(url()).contains("q=trien+khai", "service=codedeploy");
        assertThat(browser.findElement(By.id("event-view")).isDisplayed()).isFalse();
        assertThat(hitTitles()).isEqualTo(narrowed);

        browser.navigate().back();
        wait.until(d -> !url().contains("service="));
        waitForResults();
        assertThat(hitTitles()).isEqualTo(deploying);
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("trien khai");

        browser.navigate().back();
        wait.until(d -> !url().contains("q="));
        waitForResults();
        assertThat(text("summary")).startsWith("1–10 of 32 sessions");
    }

    @Test
    void aReportWrittenToAttackThePageShowsAsTextAndRunsNothing() {
        open("/?q=uploading");
        WebElement hit = browser.findElements(By.cssSelector("#hits .hit")).stream()
                .filter(h -> h.findElement(By.className("hit-event")).getText().equals(TestArchive.ATTACK_TITLE))
                .findFirst().orElseThrow(() -> new AssertionError("no hit of the attack report: " + hitTitles()));
        assertThat(hit.findElement(By.className("hit-title")).getText()).isEqualTo("alert(2) with Amazon S3");
        assertThat(browser.findElements(By.cssSelector("#hits img, #hits script, #hits b"))).isEmpty();
        hit.findElement(By.className("hit-title")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-title")));
        assertThat(text("event-title")).isEqualTo(TestArchive.ATTACK_TITLE);
        assertThat(browser.findElements(By.cssSelector("#event-view img, #event-view script, #event-view b")))
                .isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return document.images.length")).isEqualTo(0L);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aPhoneSizedScreenFoldsTheFiltersAboveTheResults() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/?q=lambda");
        WebElement filters = browser.findElement(By.id("filters"));
        assertThat(filters.getAttribute("open")).isNull();
        assertThat(filters.findElement(By.tagName("summary")).isDisplayed()).isTrue();
        assertThat(filters.getLocation().getY()).isLessThan(browser.findElement(By.id("hits")).getLocation().getY());
        WebElement firstHit = browser.findElement(By.cssSelector("#hits .hit"));
        assertThat(firstHit.getSize().getWidth()).isLessThanOrEqualTo(390);
        Long scrollWidth = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
        Long clientWidth = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth).as("nothing wider than the screen").isLessThanOrEqualTo(clientWidth);
        filters.findElement(By.tagName("summary")).click();
        assertThat(facet("service", "lambda").isDisplayed()).isTrue();
        Browser.screenshot(browser, "results-phone");
    }

    @Test
    void aScreenshotOfTheResultsPage() throws IOException {
        open("/?q=trien+khai");
        Path shot = Browser.screenshot(browser, "results");
        assertThat(shot).isNotEmptyFile();
        String docs = System.getProperty("recap.docs");
        if (docs != null && !docs.isBlank()) {
            Path target = Path.of(docs).resolve("web-page.png");
            Files.createDirectories(target.getParent());
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
