package org.comity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The members map of an organization page on a fresh install (bundled lists and COW history): drawn in the
 * browser, with the count the CLI gives for the same day, and a year slider that redraws it for another year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersMapBrowserTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    private ChromeDriver desktop;
    private ChromeDriver phone;

    @BeforeAll
    void start() {
        desktop = Browser.start(1280, 1000);
        phone = Browser.start(390, 844);
    }

    @AfterAll
    void stop() {
        if (desktop != null) desktop.quit();
        if (phone != null) phone.quit();
    }

    private static int cliCount(String org, String on) {
        var r = site.cli().run("members", "--org", org, "--on", on, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.json().size();
    }

    private static String waitForStatus(ChromeDriver driver, String previous) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        return wait.until(d -> {
            String text = d.findElement(By.cssSelector(".members-map-status")).getText().trim();
            return !text.isEmpty() && !text.equals(previous) ? text : null;
        });
    }

    @Test
    void whoMapShowsTodaysMembersAndRedrawsForAnEarlierYear() {
        String today = site.app().today().date().toString();
        desktop.get("http://127.0.0.1:" + site.port() + "/orgs/who?lang=en");
        String status = waitForStatus(desktop, "");
        assertThat(status).isEqualTo(cliCount("who", today) + " members");
        // Drawn: ECharts put its canvas inside the map's box, with an accessible label naming the day.
        WebElement chart = desktop.findElement(By.cssSelector(".members-map-chart"));
        assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
        assertThat(chart.getAttribute("aria-label")).contains(today);
        // Both the map and the members-over-time chart offer their picture, named after the page.
        Object names = ((JavascriptExecutor) desktop).executeScript(
                "return [document.querySelector('.members-map-chart'), document.querySelector('div.chart[data-option]')].map(function (el) {"
                        + " return echarts.getInstanceByDom(el).getOption().toolbox[0].feature.saveAsImage.name; });");
        assertThat(String.valueOf(names)).isEqualTo("[comity-orgs-who, comity-orgs-who]");
        ((JavascriptExecutor) desktop).executeScript("arguments[0].scrollIntoView()", chart);
        Browser.screenshot(desktop, "org-who-map-en");

        // The slider to 1990: the map asks for the members on 1990-12-31, the same answer as the CLI's.
        ((JavascriptExecutor) desktop).executeScript(
                "var s = document.querySelector('.members-map-controls input[type=range]');"
                        + "s.value = '1990'; s.dispatchEvent(new Event('change'));");
        String earlier = waitForStatus(desktop, status);
        assertThat(earlier).isEqualTo(cliCount("who", "1990-12-31") + " members");
        assertThat(desktop.findElement(By.cssSelector(".members-map-controls output")).getText()).isEqualTo("1990");
        Browser.screenshot(desktop, "org-who-map-1990");
    }

    @Test
    void mapOnAPhoneInChineseStaysInsideThePage() {
        phone.get("http://127.0.0.1:" + site.port() + "/orgs/unesco?lang=zh");
        String status = waitForStatus(phone, "");
        assertThat(status).startsWith(cliCount("unesco", site.app().today().date().toString()) + " 个成员");
        Number overflow = (Number) ((JavascriptExecutor) phone).executeScript(
                "var b = document.querySelector('.members-map'); return b.scrollWidth - b.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        ((JavascriptExecutor) phone).executeScript("document.querySelector('.members-map').scrollIntoView()");
        Browser.screenshot(phone, "org-unesco-map-phone-zh");
    }
}
