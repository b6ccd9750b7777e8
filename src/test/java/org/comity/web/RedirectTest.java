package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.dataset.DatasetValidator;
import org.comity.support.Cli;
import org.comity.support.RecordCopy;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An id once published keeps answering: rename an organization, and its old address moves permanently to the new one. */
class RedirectTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void renameIrena() throws Exception {
        RecordCopy copy = RecordCopy.of(Files.createTempDirectory("comity-renamed")).renameId("irena", "irena-agency");
        var rows = copy.rows("organizations.csv");
        int sources = org.comity.dataset.Tables.ORGANIZATIONS.columns().indexOf("sources"); // by name: columns move
        String source = rows.stream().filter(r -> r.get(0).equals("irena-agency")).findFirst().orElseThrow()
                .get(sources).split("\\|")[0];
        copy.add("replaced-ids.csv", "irena", "organization", "irena-agency", "2026-11-30", "renamed", source);
        var parsed = DatasetReader.read(DataFiles.directory(copy.dir()));
        DatasetValidator.require(parsed.dataset(), parsed.located());
        site.app().snapshots().write(parsed.dataset(), "test: rename irena");
    }

    @Test
    void theOldPageMovesPermanentlyToTheNewId() throws Exception {
        HttpResponse<String> old = site.get("/orgs/irena?lang=zh");
        assertThat(old.statusCode()).isEqualTo(301);
        String location = old.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/orgs/irena-agency?lang=zh");
        HttpResponse<String> followed = site.get(location);
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains("国际可再生能源署");
        assertThat(site.get("/orgs/never-was").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiSaysWhatReplacedTheOldId() throws Exception {
        HttpResponse<String> old = site.get("/api/orgs/irena");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).contains("/api/orgs/irena-agency");
        JsonNode body = JSON.readTree(old.body());
        assertThat(body.path("replaced_by").asText()).isEqualTo("irena-agency");
        assertThat(body.path("reason").asText()).isEqualTo("renamed");
        assertThat(JSON.readTree(site.get("/api/orgs/irena-agency").body()).path("id").asText()).isEqualTo("irena-agency");
        // a question that names the old id is answered for the new one
        JsonNode status = JSON.readTree(site.get("/api/status?state=USA&org=irena").body());
        assertThat(status.path("org").asText()).isEqualTo("irena-agency");
    }

    @Test
    void theExportCarriesTheRedirect() throws Exception {
        Path out = Files.createTempDirectory("comity-export");
        Cli.Result r = site.cli().run("export", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("replaced-ids.csv")).get(1)).startsWith("irena,organization,irena-agency,2026-11-30,renamed,");
        assertThat(Files.readString(out.resolve("datapackage.json"))).contains("\"path\" : \"replaced-ids.csv\"");
        assertThat(site.cli().run("org", "irena", "--format", "json").json().path("id").asText()).isEqualTo("irena-agency");
    }
}
