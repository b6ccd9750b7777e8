package org.comity.domain;

import java.util.List;

/** A state (or territory, union, state of the past), keyed by its ISO 3166-1 alpha-3 code, with its Correlates of War code where it has one. */
public record State(String iso3, Integer cowCode, String nameEn, String nameZh, UnStatus unStatus, StateKind kind,
                    List<String> sources) implements Sourced {}
