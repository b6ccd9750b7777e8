package org.comity.support;

import org.comity.App;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test store and the CLI over it, for every test of a class:
 * {@code @RegisterExtension static final StoreWithCli store = new StoreWithCli();}. The store starts empty;
 * the first command that reads it loads the bundled dataset, as on a user's first run. {@link #app()}
 * opens the application on it, for what a test must read or write in-process.
 */
public final class StoreWithCli implements BeforeAllCallback, AfterAllCallback {

    private TestDb db;
    private Cli cli;
    private App app;

    @Override
    public void beforeAll(ExtensionContext context) {
        db = TestDb.create();
        cli = new Cli(db);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) app.close();
        db.close();
    }

    public TestDb db() {
        return db;
    }

    public Cli cli() {
        return cli;
    }

    /** The application over this store (the bundled dataset loaded if the store is empty), opened once, closed after the class. */
    public synchronized App app() {
        if (app == null) app = App.open(db.config(), true);
        return app;
    }
}
