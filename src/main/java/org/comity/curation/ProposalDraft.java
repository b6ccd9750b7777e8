package org.comity.curation;

import java.util.List;
import java.util.Map;

/**
 * What an editor proposes: a one-line summary and rows to add or replace, keyed by the file's name as in
 * data/record ("instruments.csv", "actions/&lt;instrument&gt;.csv", "sources.csv", "members/&lt;org&gt;.csv"),
 * each row a map from that file's header to the cell. A row whose key cells ({@link RecordRows#key}) match
 * a row of the file replaces the cells it names; any other row is added.
 */
public record ProposalDraft(String summary, Map<String, List<Map<String, String>>> rows) {}
