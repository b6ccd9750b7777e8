package org.comity.cli;

import java.nio.file.Path;
import org.comity.App;
import org.comity.dataset.DatasetWriter;
import org.comity.release.DataPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write the store's dataset as the curated files (the format of data/), with their "
        + "Data Package descriptor (datapackage.json).")
final class ExportVerb extends Verb {

    @Parameters(paramLabel = "DIR", description = "Target directory; its dataset files are replaced.")
    Path dir;

    @Override
    int run(App app) {
        var d = app.snapshots().get().dataset();
        DatasetWriter.write(d, dir, DataPackage.forExport(app.today().date()));
        note("exported to " + dir + " (" + ImportVerbs.summary(d) + ")");
        return 0;
    }
}
