package org.comity.dataset;

import java.util.List;

/** Bad data: the first problem is the message; all of them are kept for a full listing. */
public class DatasetException extends RuntimeException {

    private final List<Problem> problems;

    public DatasetException(List<Problem> problems) {
        super(problems.get(0).toString() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public DatasetException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
