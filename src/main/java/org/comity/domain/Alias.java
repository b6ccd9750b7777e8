package org.comity.domain;

import java.util.List;

/** Another name an organization goes by, in one language. */
public record Alias(String org, String lang, String alias, AliasType type, List<String> sources) implements Sourced {}
