package org.comity.release;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The published JSON Schemas copied under src/test/resources/schemas (see its README), with format checks on. */
final class JsonSchemas {

    private JsonSchemas() {}

    /** The problems of {@code json} against the schema in {@code resource}, one line each; empty when valid. */
    static List<String> problems(String resource, String json) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(read(resource), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    private static String read(String resource) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream("/schemas/" + resource)) {
            if (in == null) throw new IllegalStateException("no schema " + resource + " in src/test/resources/schemas");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
