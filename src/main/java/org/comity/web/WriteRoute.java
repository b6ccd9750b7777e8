package org.comity.web;

import io.javalin.router.EndpointMetadata;
import java.util.Set;
import org.comity.curation.AccountRole;

/**
 * Kept on the router's endpoint of every write route: the roles it admits ({@link Guard}). A test lists
 * the router's routes and holds each POST, PUT, PATCH or DELETE to it, so a new route cannot be forgotten.
 */
public record WriteRoute(Set<AccountRole> admitted) implements EndpointMetadata {

    /** POST routes that change nothing: they read a text sent in the body, or sign a curator in. */
    public static final Set<String> READS_BY_POST = Set.of("/read", "/en/read", "/zh/read", "/api/link", "/download/link.csv", "/sign-in");
}
