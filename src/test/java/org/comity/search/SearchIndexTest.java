package org.comity.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.comity.cow.CowExtract;
import org.comity.cow.CowImporter;
import org.comity.cow.CowMapping;
import org.comity.cow.CowRecord;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Dataset;
import org.comity.domain.Organization;
import org.comity.snapshot.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ranked search over the bundled dataset and COW history, as a fresh install has them. */
class SearchIndexTest {

    static Snapshot snapshot;
    static SearchIndex index;

    /** The snapshot a fresh install answers from: the bundled record and the bundled COW history mapped to it. */
    static Snapshot bundled() {
        Dataset d = DatasetReader.read(DataFiles.directory(Path.of("data/record"))).dataset();
        var extract = CowExtract.read(DataFiles.directory(Path.of("data/extracts")));
        CowRecord cow = CowImporter.toRecord(extract.igos(), extract.episodes(), CowMapping.read(DataFiles.directory(Path.of("data/mappings"))),
                d.states(), d.organizations().stream().map(Organization::id).collect(Collectors.toSet()));
        return new Snapshot(d, cow, 1);
    }

    @BeforeAll
    static void build() {
        snapshot = bundled();
        index = SearchIndex.of(snapshot);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "US, STATE, USA",
            "UN, ORGANIZATION, un",
            "Unesko, ORGANIZATION, unesco",
            "World Helth, ORGANIZATION, who",
            "巴黎协议, ORGANIZATION, paris-agreement",
            "climate change convention, ORGANIZATION, unfccc",
            "巴黎協議, ORGANIZATION, paris-agreement",
            "United Nations, ORGANIZATION, un",
            "UK, STATE, GBR",
    })
    void topHit(String query, SearchHit.Type type, String id) {
        var r = index.search(query, 10);
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).type()).isEqualTo(type);
        assertThat(r.hits().get(0).id()).isEqualTo(id);
    }

    @Test
    void nothingFoundGivesTheNearestNamesAsSuggestions() {
        var r = index.search("Wrld Mtrlgcl Orgnztn", 10);
        assertThat(r.hits()).isEmpty();
        assertThat(r.suggestions()).extracting(SearchHit::id).first().isEqualTo("wmo");
        assertThat(index.search("qqqq", 10).suggestions()).isEmpty();
    }

    @Test
    void oneIndexPerSnapshot() {
        assertThat(SearchIndex.of(snapshot)).isSameAs(index);
    }
}
