package org.comity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SchemaVersionTest {

    /** An empty store: nothing here seeds it. */
    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

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
        Database.open(store.db().config()).close();
        try (Database again = Database.open(store.db().config())) {
            assertThat(new DatasetStore(again).version()).isZero();
        }
    }
}
