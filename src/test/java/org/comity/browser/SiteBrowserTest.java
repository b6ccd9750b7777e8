package org.comity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web site in a real browser: each page type, the filters, the language switch, search; screenshots kept. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    private ChromeDriver driver;

    @BeforeAll
    void start() {
        driver = Browser.start(1280, 1000);
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + site.port() + path);
    }

    /** Clicks and waits until the browser has left the old page and loaded the new one (no race on the DOM). */
    private void clickAndWait(By target) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        // the old page is gone: chromium says so as a stale element, or (when the new page came fast) as a node
        // "that does not belong to the document"; both mean the same here
        wait.until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
                throw e;
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#orgs tbody tr"));
    }

    @Test
    void homeListsTheMemorandumAndItsFiltersNarrowIt() {
        open("/?lang=en");
        assertThat(rows()).hasSize(66);
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains("66");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("div.chart svg")).isEmpty());
        Browser.screenshot(driver, "home-en");

        new Select(driver.findElement(By.name("section"))).selectByValue("un");
        clickAndWait(By.cssSelector("form.filters button"));
        assertThat(rows()).hasSize(31);
        new Select(driver.findElement(By.name("status"))).selectByValue("announced");
        clickAndWait(By.cssSelector("form.filters button"));
        assertThat(rows()).extracting(r -> r.getAttribute("data-status")).containsOnly("announced");
        assertThat(driver.getCurrentUrl()).contains("section=un").contains("status=announced");
        Browser.screenshot(driver, "home-filtered");
    }

    @Test
    void languageSwitchKeepsThePageAndRemembersTheChoice() {
        open("/orgs/unesco?lang=en");
        clickAndWait(By.linkText("中文"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(driver.getCurrentUrl()).contains("/orgs/unesco");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("联合国教育、科学及文化组织");
        assertThat(driver.findElement(By.cssSelector("header nav")).getText()).contains("首页");
        Browser.screenshot(driver, "org-unesco-zh");
        open("/");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
        open("/?lang=en");
    }

    @Test
    void organizationPageTellsTheUsExitIsAnnouncedAndWhy() {
        open("/?lang=en");
        clickAndWait(By.linkText("United Nations Framework Convention on Climate Change"));
        assertThat(driver.getCurrentUrl()).endsWith("/orgs/unfccc");
        assertThat(driver.findElement(By.cssSelector(".st")).getText()).isEqualTo("exit announced");
        assertThat(driver.findElement(By.cssSelector(".why")).getText()).contains("art. 25").contains("one year after notice");
        assertThat(driver.findElements(By.cssSelector("ul.sources li"))).isNotEmpty();
        Browser.screenshot(driver, "org-unfccc");
        open("/orgs/who?lang=en");
        assertThat(driver.findElement(By.cssSelector(".st")).getText()).isEqualTo("withdrawn");
        Browser.screenshot(driver, "org-who");
    }

    @Test
    void statePageAndInstrumentPage() {
        open("/states/USA?lang=en&on=2026-06-01");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("United States");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("United Nations Educational, Scientific and Cultural Organization").contains("withdrawing");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Contributions to UN-system organizations")
                .contains("United Nations Population Fund");
        Browser.screenshot(driver, "state-usa");
        open("/instruments/us-eo-14199?lang=en");
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        WebElement first = driver.findElement(By.cssSelector("table.sortable th:nth-child(2)"));
        first.click();
        assertThat(first.getAttribute("aria-sort")).isEqualTo("ascending");
        Browser.screenshot(driver, "instrument-eo-14199");
    }

    @Test
    void searchInChineseOrByAcronymFindsTheOrganization() {
        open("/?lang=en");
        WebElement box = driver.findElement(By.name("q"));
        box.sendKeys("世卫组织");
        clickAndWait(By.cssSelector("form.search button"));
        assertThat(driver.getCurrentUrl()).endsWith("/orgs/who");
        open("/search?q=ISA&lang=en");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("International Solar Alliance").contains("International Seabed Authority");
        Browser.screenshot(driver, "search-isa");
    }

    @Test
    void onAPhoneNothingOverflowsSideways() {
        ChromeDriver phone = Browser.start(390, 844);
        try {
            for (String path : new String[] {"/?lang=zh", "/orgs/irmct?lang=en", "/states/USA?lang=zh"}) {
                phone.get("http://127.0.0.1:" + site.port() + path);
                Object overflow = ((JavascriptExecutor) phone).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(1);
            }
            phone.get("http://127.0.0.1:" + site.port() + "/?lang=zh");
            Browser.screenshot(phone, "home-phone-zh");
        } finally {
            phone.quit();
        }
    }

    @Test
    void readATextHighlightsEveryOrganizationOfTheSeedArticle() throws java.io.IOException {
        String article = java.nio.file.Files.readString(org.comity.support.Shared.require(
                "seed/yicai-2026-01-08-us-exits-66-organizations.zh.txt"));
        open("/read?lang=en");
        WebElement area = driver.findElement(By.name("text"));
        // paste the whole article, as a reporter would (typing it key by key would take minutes)
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", area, article);
        clickAndWait(By.cssSelector("main form button"));
        List<WebElement> marks = driver.findElements(By.cssSelector(".readout mark"));
        assertThat(marks.size()).isGreaterThan(40);
        List<String> orgs = marks.stream().map(m -> m.getAttribute("data-org")).toList();
        assertThat(orgs).contains("unfccc", "unctad", "irena", "ipcc", "isa-solar", "iucn", "ecosoc", "unfpa", "un-women",
                "pfpad", "paigh", "who", "unesco", "world-heritage-committee", "nato-pa");
        WebElement unfccc = driver.findElement(By.cssSelector(".readout mark[data-org=unfccc]"));
        assertThat(unfccc.getText()).contains("UNFCCC").contains("联合国气候变化框架公约");
        assertThat(unfccc.getAttribute("class")).contains("m-announced");
        assertThat(driver.findElement(By.cssSelector(".readout mark[data-org=who]")).getAttribute("class")).contains("m-withdrawn");
        Browser.screenshot(driver, "read-seed-article");
        clickAndWait(By.cssSelector(".readout mark[data-org=irena] a"));
        assertThat(driver.getCurrentUrl()).endsWith("/orgs/irena");
    }

    @Test
    void claimsPageGivesAVerdictForEveryClaim() {
        open("/claims?lang=zh");
        List<WebElement> claims = driver.findElements(By.cssSelector("#claims tbody tr"));
        assertThat(claims).hasSizeGreaterThanOrEqualTo(30);
        assertThat(claims).allMatch(r -> List.of("confirmed", "contradicted", "unverifiable").contains(r.getAttribute("data-verdict")));
        driver.findElement(By.cssSelector("#claims tbody tr details summary")).click();
        assertThat(driver.findElement(By.cssSelector("#claims tbody tr details pre")).isDisplayed()).isTrue();
        Browser.screenshot(driver, "claims-zh");
        open("/instruments/us-memo-2026-01-07?lang=en");
        assertThat(driver.findElements(By.cssSelector("#impact tbody tr"))).isNotEmpty();
        Browser.screenshot(driver, "instrument-memo-impact");
        open("/?lang=en");
    }

    @Test
    void keyboardReachesTheSkipLinkAndSearchFirst() {
        open("/?lang=en");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
    }

    private static final int[][] SIZES = {{1280, 900}, {390, 844}};

    /** Every page type, in both languages, at desktop and phone width: no table wider than its container, none cut sideways. */
    @Test
    void atDesktopAndPhoneWidthNoTableOverflowsAndTheDecisiveColumnsStay() {
        for (int[] size : SIZES) {
            ChromeDriver d = Browser.start(size[0], size[1]);
            try {
                for (String lang : new String[] {"en", "zh"}) {
                    for (String path : new String[] {"", "/orgs", "/states", "/instruments", "/orgs/unfccc", "/states/USA",
                            "/instruments/us-memo-2026-01-07", "/claims", "/read?example=1"}) {
                        d.get("http://127.0.0.1:" + site.port() + "/" + lang + path);
                        String where = "/" + lang + path + " at " + size[0] + "px";
                        Object overflow = ((JavascriptExecutor) d).executeScript(
                                "var bad = [];"
                                + "document.querySelectorAll('table').forEach(function (t, i) {"
                                + "  var box = t.parentElement;"
                                + "  if (t.getBoundingClientRect().width > box.clientWidth + 1) bad.push((t.id || 'table ' + i) + ' ' + t.getBoundingClientRect().width + '>' + box.clientWidth);"
                                + "});"
                                + "if (document.documentElement.scrollWidth > window.innerWidth + 1) bad.push('page ' + document.documentElement.scrollWidth);"
                                + "return bad;");
                        assertThat((List<?>) overflow).as(where).isEmpty();
                        // status and effective date are never the columns that step aside
                        for (WebElement th : d.findElements(By.cssSelector("table th"))) {
                            String text = th.getText();
                            if (List.of("Status today", "今日状态", "Effective", "生效", "Status", "状态").contains(th.getAttribute("textContent").trim())) {
                                assertThat(th.isDisplayed()).as(where + ": column " + text).isTrue();
                            }
                        }
                        String name = (lang + path.replace('/', '-').replace('?', '-').replace('=', '-')) + "-" + size[0];
                        if (path.isEmpty() || path.startsWith("/states/") || path.startsWith("/orgs/") || path.equals("/claims")) {
                            Browser.screenshot(d, "w-" + name);
                        }
                    }
                }
            } finally {
                d.quit();
            }
        }
    }

    @Test
    void theUsaTheMemorandumAndTheIndexesAreOneClickFromHome() {
        for (String lang : new String[] {"en", "zh"}) {
            open("/" + lang);
            List<String> shortcuts = driver.findElements(By.cssSelector(".shortcuts a")).stream().map(a -> a.getAttribute("href")).toList();
            assertThat(shortcuts).anyMatch(h -> h.endsWith("/states/USA")).anyMatch(h -> h.endsWith("/instruments/us-memo-2026-01-07"))
                    .anyMatch(h -> h.endsWith("/orgs")).anyMatch(h -> h.endsWith("/states")).anyMatch(h -> h.endsWith("/instruments"));
            clickAndWait(By.cssSelector(".shortcuts a[href='/states/USA']"));
            assertThat(driver.findElements(By.cssSelector("nav.crumbs li"))).hasSize(3);
            // every row of "Exits and returns" names its organization, by name, and the act by its title
            List<WebElement> events = driver.findElements(By.cssSelector("table.events tbody tr"));
            assertThat(events).hasSizeGreaterThan(60);
            assertThat(events).allMatch(r -> !r.findElement(By.cssSelector("td.name a")).getText().isBlank());
            assertThat(driver.findElement(By.cssSelector("main")).getText()).doesNotContain("us-memo-2026-01-07").doesNotContain("ceb:");
            Browser.screenshot(driver, "state-usa-events-" + lang);
        }
        open("/orgs?lang=en&status=withdrawn");
        assertThat(driver.findElements(By.cssSelector("#index tbody tr"))).isNotEmpty()
                .allMatch(r -> "withdrawn".equals(r.getAttribute("data-status")));
        open("/instruments?lang=zh");
        assertThat(driver.findElement(By.cssSelector("#index")).getText()).contains("备忘录");
        open("/?lang=en");
    }

    @Test
    void claimsShowValuesAsTheArticleStatesThemWithTheVerdictInOneSentence() {
        open("/en/claims");
        String table = driver.findElement(By.id("claims")).getText();
        assertThat(table).contains("US$16 bn").contains("28%").doesNotContain("16000000000").doesNotContain("0.28");
        // the US share of government donors' money to the UN system: a figure with its computation
        WebElement row = driver.findElements(By.cssSelector("#claims tbody tr")).stream()
                .filter(r -> r.getText().contains("28%")).findFirst().orElseThrow();
        row.findElement(By.cssSelector("details summary")).click();
        assertThat(row.findElement(By.cssSelector("details")).getText()).containsAnyOf("Confirmed:", "Contradicted:", "Unverifiable:");
        assertThat(row.findElements(By.cssSelector("details dl.facts dt"))).isNotEmpty();
        Browser.screenshot(driver, "claims-en-open");
        open("/zh/claims");
        assertThat(driver.findElement(By.id("claims")).getText()).contains("160亿美元");
        open("/?lang=en");
    }

    @Test
    void everyPageHasItsTitleDescriptionLanguageTwinsAndPreviewTags() {
        for (String path : new String[] {"/en/orgs/who", "/zh/orgs/who", "/zh/states/USA", "/en/claims"}) {
            open(path);
            String lang = path.substring(1, 3);
            assertThat(driver.getTitle()).as(path).endsWith(" · Comity").isNotEqualTo(" · Comity");
            assertThat(driver.findElement(By.cssSelector("html")).getAttribute("lang")).startsWith(lang);
            assertThat(driver.findElement(By.cssSelector("meta[name=description]")).getAttribute("content")).as(path).isNotBlank();
            assertThat(driver.findElement(By.cssSelector("meta[property='og:title']")).getAttribute("content")).isNotBlank();
            assertThat(driver.findElements(By.cssSelector("link[rel=alternate][hreflang]"))).hasSize(2);
            assertThat(driver.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href")).endsWith("/assets/favicon.svg");
        }
        // a copied Chinese link opens in Chinese, whatever the cookie says
        open("/en/orgs/who");
        open("/zh/orgs/who");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("世界卫生组织");
        open("/orgs/who");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
        open("/?lang=en");
    }

    @Test
    void readATextHasALegendAndAShareableResult() {
        open("/en/read?example=1");
        List<String> legend = driver.findElements(By.cssSelector("#legend mark")).stream().map(m -> m.getAttribute("class")).toList();
        assertThat(legend).contains("m m-announced", "m m-unknown", "m m-withdrawn");
        Object colours = ((JavascriptExecutor) driver).executeScript(
                "var s = function (c) { return getComputedStyle(document.querySelector('#legend mark.m-' + c)).backgroundColor; };"
                + "return [s('announced'), s('unknown')];");
        assertThat(((List<?>) colours).get(0)).as("unknown is not painted like an announced exit").isNotEqualTo(((List<?>) colours).get(1));
        String share = driver.findElement(By.id("share")).getAttribute("href");
        int marks = driver.findElements(By.cssSelector(".readout mark")).size();
        driver.get(share);
        assertThat(driver.findElements(By.cssSelector(".readout mark"))).hasSize(marks);
        Browser.screenshot(driver, "read-legend-en");
        open("/?lang=en");
    }

    /** Dark mode follows the system setting; printing drops the controls and keeps the content. */
    @Test
    void darkModeFromTheSystemAndAPrintLayout() {
        try {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                    List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
            open("/zh/orgs/unesco");
            String background = (String) ((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.body).backgroundColor;");
            assertThat(background).isEqualTo("rgb(15, 18, 22)");
            Browser.screenshot(driver, "org-unesco-zh-dark");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print", "features", List.of()));
            open("/en/orgs/unesco");
            assertThat(driver.findElement(By.tagName("header")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "", "features", List.of()));
            open("/?lang=en");
        }
    }
}
