package org.comity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    @Test
    void theShortcutKnowsTheNewestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void aDatabaseOpensTwiceOnTheSameSchema() {
        try (TestDb db = TestDb.create()) {
            Database.open(db.config()).close();
            try (Database again = Database.open(db.config())) {
                assertThat(new DatasetStore(again).version()).isZero();
            }
        }
    }
}
