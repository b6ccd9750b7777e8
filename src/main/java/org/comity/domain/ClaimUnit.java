package org.comity.domain;

public enum ClaimUnit implements Coded { COUNT, USD, PERCENT, DATE, TEXT }
