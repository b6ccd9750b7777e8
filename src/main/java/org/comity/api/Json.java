package org.comity.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/** The one JSON writer of answers, for the CLI and the API alike. */
public final class Json {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private Json() {}

    public static String pretty(Object answer) {
        return write(PRETTY, answer);
    }

    public static String compact(Object answer) {
        return write(COMPACT, answer);
    }

    private static String write(ObjectMapper m, Object answer) {
        try {
            return m.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
