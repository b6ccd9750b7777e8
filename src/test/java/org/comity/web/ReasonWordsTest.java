package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.comity.funding.Reason;
import org.comity.support.RunningServer;
import org.comity.web.view.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Why a body has no funding figure, said from its parts: every part has Chinese words with as many places as
 * its English form, and the memorandum's page says UN DESA's reason (not reported apart: its money is in the
 * UN Secretariat's figures) in the page's language, the English page as the API says it.
 */
class ReasonWordsTest {

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
