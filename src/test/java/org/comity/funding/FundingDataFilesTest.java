package org.comity.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Source;
import org.comity.snapshot.Snapshot;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;

/** The funding inputs in data/ follow the dataset's rules: ids exist, every URL cited is in sources.csv. */
class FundingDataFilesTest {

    private final Path data = TestDb.recordDir();
    private final Path mappings = TestDb.mappingsDir();
    private final Path extracts = TestDb.extractsDir();

    @Test
    void everyUrlCitedByTheFundingFilesIsRegisteredInSourcesCsv() throws Exception {
        Set<String> registered = new HashSet<>();
        for (Source s : DatasetReader.read(DataFiles.directory(data)).dataset().sources()) registered.add(s.url());
        for (Path f : new Path[] {mappings.resolve("ceb-mapping.csv"), mappings.resolve("ceb-donors.csv"),
                extracts.resolve(FundingExtract.REVENUE), extracts.resolve(FundingExtract.GOVERNMENT), extracts.resolve(FundingExtract.DONORS)}) {
            try (Reader r = Files.newBufferedReader(f);
                 MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                         .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
                while (it.hasNext()) {
                    for (String url : it.next().get("sources").split("\\|")) assertThat(registered).as(f.toString()).contains(url);
                }
            }
        }
    }

    @Test
    void theMappingFilesNameOnlyOrganizationsAndStatesOfTheDataset() {
        Snapshot s = new Snapshot(DatasetReader.read(DataFiles.directory(data)).dataset(), 1);
        CebMapping m = CebMapping.read(DataFiles.directory(mappings), s); // throws on an unknown id
        assertThat(m.org("UNWOMEN")).isEqualTo("un-women");
        assertThat(m.org("UN-DPO")).isNull();
        assertThat(m.knows("UN-DPO")).isTrue();
        assertThat(m.donor("United States of America").state()).isEqualTo("USA");
        assertThat(m.donor("C\uFFFDte d'Ivoire").state()).isEqualTo("CIV");
        assertThat(m.donor("Kosovo**").state()).isEqualTo("XKX");
        assertThat(m.donor("Refunds to donors/Miscellaneous").government()).isFalse();
    }
}
