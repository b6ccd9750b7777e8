package org.comity.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** CITATION.cff at the root parses as YAML, is valid Citation File Format 1.2.0, and says what the dataset says of itself. */
class CitationFileTest {

    @Test
    void citationFileIsValidCffAndAgreesWithTheDataset() throws IOException {
        JsonNode cff = new YAMLMapper().readTree(Files.readString(Path.of("CITATION.cff")));
        assertThat(cff.path("cff-version").asText()).isEqualTo("1.2.0");
        assertThat(JsonSchemas.problems("citation-file-format-1.2.0.json", new ObjectMapper().writeValueAsString(cff))).isEmpty();
        assertThat(cff.path("type").asText()).isEqualTo("software");
        JsonNode data = cff.path("preferred-citation");
        assertThat(data.path("type").asText()).isEqualTo("data");
        assertThat(data.path("title").asText()).isEqualTo(About.TITLE);
        assertThat(data.path("license").asText()).isEqualTo(About.LICENSE_ID);
        assertThat(data.path("authors").path(0).path("name").asText()).isEqualTo(About.CREATOR);
    }

    @Test
    void theSchemaCatchesAMistake() throws IOException {
        JsonNode cff = new YAMLMapper().readTree(Files.readString(Path.of("CITATION.cff")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) cff.path("preferred-citation")).put("type", "dataset"); // CFF says "data"
        assertThat(JsonSchemas.problems("citation-file-format-1.2.0.json", new ObjectMapper().writeValueAsString(cff))).isNotEmpty();
    }
}
