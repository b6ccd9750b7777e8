package org.comity.domain;

public enum AliasType implements Coded { ACRONYM, SHORT, VARIANT, FORMER, TRADITIONAL }
