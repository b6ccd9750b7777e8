package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.comity.funding.Reason;
import org.comity.support.RunningServer;
import org.comity.web.view.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What answers say as sentences (why a body has no funding figure, what a claim's check computed) is said from
 * its code and values: every form has Chinese words with as many places as its English; the memorandum's page
 * says UN DESA's reason (its money is in the UN Secretariat's figures) and the claims page the checks' sentences
 * in the page's language, the English pages as the API says them.
 */
class SentenceWordsTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    @Test
    void everyPartOfAReasonHasChineseWordsWithItsPlaces() {
        for (Reason.Why why : Reason.Why.values()) {
            String zh = Words.ZH.t("reason." + why.code());
            assertThat(zh).as(why.code()).doesNotStartWith("??").doesNotContainPattern("[A-Za-z]{3,}(?<!CEB)");
            assertThat(places(zh)).as(why.code()).isEqualTo(places(why.template()));
        }
    }

    @Test
    void everyComputedSentenceOfTheClaimsHasChineseWordsWithItsPlaces() {
        for (org.comity.claims.Said said : org.comity.claims.Said.values()) {
            String zh = Words.ZH.t("claims." + said.code());
            assertThat(zh).as(said.code()).doesNotStartWith("??").doesNotContainPattern("[A-Za-z]{2,}");
            assertThat(places(zh)).as(said.code()).isEqualTo(places(said.template()));
        }
    }

    @Test
    void theClaimsPageSaysWhatTheChecksComputedInThePagesLanguage() throws Exception {
        HttpResponse<String> api = site.get("/api/claims");
        java.util.List<String> computed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.body()).findValuesAsText("computed");
        assertThat(computed).anyMatch(c -> c.matches("\\d+ of \\d+ listed")).anyMatch(c -> c.startsWith("left, effective "));
        String zh = site.get("/zh/claims").body();
        assertThat(zh).contains("已退出，").containsPattern("已列入\\d+个（共\\d+个）").doesNotContain(" listed<").doesNotContain("left, effective");
        String en = site.get("/en/claims").body();
        assertThat(en).containsPattern("\\d+ of \\d+ listed").contains("left, effective ");
    }

    @Test
    void theMemorandumPageSaysWhyUnDesaHasNoFigureInThePagesLanguage() throws Exception {
        HttpResponse<String> zh = site.get("/zh/instruments/us-memo-2026-01-07");
        assertThat(zh.statusCode()).isEqualTo(200);
        String secretariat = "联合国秘书处"; // un-secretariat in organizations.csv
        assertThat(zh.body()).contains(Words.ZH.f("reason.part-of", secretariat)).contains(Words.ZH.f("reason.no-us-figure", 2024))
                .doesNotContain("its money is part of").doesNotContain("no US-reported figure");
        HttpResponse<String> en = site.get("/en/instruments/us-memo-2026-01-07");
        assertThat(en.body()).contains("its money is part of un-secretariat's figures; no US-reported figure for FY2024");
    }

    private static int places(String s) {
        return s.split("%s", -1).length - 1;
    }
}
