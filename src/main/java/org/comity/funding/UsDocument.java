package org.comity.funding;

/**
 * A document searched for US contribution figures ({@code side}: the US government's, the body's own, a
 * statistics compiler's, or a secondary account) (one row of {@code mappings/us-documents.csv}): what it is,
 * who publishes it, and whether its tables could be read ({@code read}), only in part ({@code partial}) or not
 * at all ({@code missing}); {@code org} names the one body a document is about (empty: about many). Every
 * impact answer lists what was searched from this register.
 */
public record UsDocument(String id, String org, String title, String publisher, String fiscalYear, String side, String status, String url, String seen,
                         String scope, String note) {}
