package org.comity.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test data (../shared: seed article, reference sheets, CEB and COW data), found through
 * {@code COMITY_SHARED}. Tests that need it are skipped, with the reason shown, when it is absent;
 * .ci/run sets it and fails when it is missing.
 */
public final class Shared {

    private Shared() {}

    public static Path dir() {
        String env = System.getenv("COMITY_SHARED");
        Path p = env == null || env.isBlank() ? Path.of("..", "shared") : Path.of(env);
        return p.toAbsolutePath().normalize();
    }

    /** The file under the shared directory; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.exists(p)) {
            System.err.println("SKIPPED: " + p + " is absent (set COMITY_SHARED to the shared test data)");
        }
        assumeTrue(Files.exists(p), "shared test data absent: " + p + " (set COMITY_SHARED)");
        return p;
    }
}
