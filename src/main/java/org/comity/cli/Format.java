package org.comity.cli;

/** Output formats every verb offers: aligned text for people, JSON and CSV for programs. */
public enum Format { table, json, csv }
