package org.comity.query;

/** The question names something Comity does not know (exit 1, HTTP 404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
