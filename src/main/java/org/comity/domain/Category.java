package org.comity.domain;

/** The five subject groups the seed article and the web site sort organizations into. */
public enum Category implements Coded {
    CLIMATE_ENVIRONMENT, ECONOMY_TRADE_ENERGY, DEVELOPMENT_SOCIAL_CULTURE, POLITICS_SECURITY_LAW, SCIENCE_RESEARCH
}
