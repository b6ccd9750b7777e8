package org.comity.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * When the record of one body was last checked, what was searched and what was found: so that "no
 * notice found as of 2026-11-30" is a fact with its sources, told apart from "not researched".
 */
public record RecordCheck(String org, LocalDate checked, String scope, String finding, List<String> sources)
        implements Sourced {}
