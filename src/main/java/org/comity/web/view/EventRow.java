package org.comity.web.view;

/**
 * One recorded act of a state towards a body: when, who, what, under which legal act, the notice and the
 * effective date, the rule that set it, and the source. State or organization columns show as the page needs.
 */
public record EventRow(String date, String stateIso, String stateName, String orgId, String orgName, String action,
                       String instrumentId, String instrumentTitle, String notice, String effective, String rule, String source) {}
