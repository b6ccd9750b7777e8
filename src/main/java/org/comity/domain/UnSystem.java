package org.comity.domain;

/** Relation to the UN system: part of it, a related organization, linked by hosting or founding, or none. */
public enum UnSystem implements Coded { UN_ENTITY, RELATED, LINKED, NONE }
