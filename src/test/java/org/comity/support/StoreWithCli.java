package org.comity.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test store loaded with the bundled dataset, and the CLI over it, for every test of a class:
 * {@code @RegisterExtension static final StoreWithCli store = new StoreWithCli();}
 */
public final class StoreWithCli implements BeforeAllCallback, AfterAllCallback {

    private TestDb db;
    private Cli cli;

    @Override
    public void beforeAll(ExtensionContext context) {
        db = TestDb.create();
        cli = new Cli(db);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        db.close();
    }

    public TestDb db() {
        return db;
    }

    public Cli cli() {
        return cli;
    }
}
