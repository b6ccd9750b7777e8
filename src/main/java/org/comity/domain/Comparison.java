package org.comity.domain;

/**
 * How a computed figure is compared with a claimed one: {@code equal}; {@code more-than} (strictly);
 * {@code about} (within the tolerance, absolute or {@code N%} of the claimed figure); {@code range}
 * (the tolerance is {@code LOW..HIGH}, the claimed figure's own bounds).
 */
public enum Comparison implements Coded { EQUAL, MORE_THAN, ABOUT, RANGE }
