package org.comity.cow;

/**
 * One membership episode as COW codes it: the IGO's short name, the COW state code, the role (1 full,
 * 2 associate, 3 observer), the first year in and the first year out (null: still in when the data end
 * or the IGO died). The bundled extract holds these rows; ids are mapped to Comity's when they are read.
 */
public record CowEpisode(String ioname, int ccode, byte role, int start, Integer end) {}
