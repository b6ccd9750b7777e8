package org.comity.domain;

/** How an instrument groups what it lists: the memorandum of 7 Jan 2026 has a UN and a non-UN part. */
public enum Section implements Coded { UN, NON_UN }
