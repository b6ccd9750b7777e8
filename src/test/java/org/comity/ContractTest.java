package org.comity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/contract.md is the repository's contract: its HTTP paths are the OpenAPI document's, and the docs cite it where it is. */
class ContractTest {

    private static final Path CONTRACT = Path.of("docs/contract.md");
    private static final Path OPENAPI = Path.of("src/main/resources/public/api/openapi.json");

    @Test
    void theContractListsExactlyThePathsOfTheOpenApiDocument() throws IOException {
        String contract = Files.readString(CONTRACT);
        String api = contract.substring(contract.indexOf("\n## HTTP API"), contract.indexOf("\n## ", contract.indexOf("\n## HTTP API") + 1));
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `(GET|POST|PUT|DELETE) (/\\S*)` \\|", Pattern.MULTILINE).matcher(api);
        while (m.find()) listed.add(m.group(1) + " " + m.group(2));

        Set<String> documented = new TreeSet<>();
        JsonNode paths = new ObjectMapper().readTree(OPENAPI.toFile()).get("paths");
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + p.getKey())));

        assertThat(listed).as("paths of docs/contract.md").isNotEmpty().isEqualTo(documented);
    }

    /** A citation is "docs/contract.md", or within docs/ a link to its neighbour "(contract.md)". */
    @Test
    void everyDocCitesTheContractAtItsPlaceAndTheReadmeLinksIt() throws IOException {
        assertThat(Files.readString(Path.of("README.md")).replaceAll("\\s+", " ")).contains("(docs/contract.md)").contains("3 (failed");
        Pattern citation = Pattern.compile("(\\S?)(\\S{0,5})contract\\.md");
        try (Stream<Path> files = Stream.concat(Stream.of(Path.of("README.md")),
                Stream.concat(Files.walk(Path.of("docs")), Files.walk(Path.of("src"))))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".java")).toList()) {
                if (f.equals(CONTRACT) || f.endsWith("ContractTest.java")) continue;
                Matcher cited = citation.matcher(Files.readString(f));
                while (cited.find()) {
                    String before = cited.group(1) + cited.group(2);
                    boolean ok = before.endsWith("docs/") || (f.startsWith("docs") && before.endsWith("("));
                    assertThat(ok).as(f + " cites the contract as '" + cited.group() + "'").isTrue();
                }
            }
        }
    }
}
