package org.comity.domain;

import java.util.List;

/** A fact that rests on one or more source pages (their URLs). */
public interface Sourced {
    List<String> sources();
}
