package org.comity.domain;

import java.util.List;

/** A checkable statement of a document (the seed article): the figure it asserts and where it says so. */
public record Claim(String id, String document, String quote, String textEn, String expected, ClaimUnit unit,
                    List<String> sources) implements Sourced {}
