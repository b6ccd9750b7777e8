package org.comity.funding;

import java.util.List;
import java.util.Map;

/**
 * The result of reading a CEB directory: the figures, and a report of what was read, what was skipped and
 * which CEB entity codes and donor names have no Comity id (kept, never dropped, and listed here).
 */
public record CebImport(FundingData data, List<Map<String, Object>> files, List<Map<String, Object>> unmappedEntities,
                        List<Map<String, Object>> unmappedDonors) {}
