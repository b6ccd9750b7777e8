package org.comity.domain;

public enum UnStatus implements Coded { MEMBER, OBSERVER, NON_MEMBER }
