package org.comity.query;

import java.util.List;

/** The question itself is malformed or ambiguous (exit 2, HTTP 400); candidates list what it may mean. */
public class BadInputException extends RuntimeException {

    private final List<String> candidates;

    public BadInputException(String message, List<String> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    public BadInputException(String message) {
        this(message, List.of());
    }

    public List<String> candidates() {
        return candidates;
    }
}
