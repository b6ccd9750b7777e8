package org.comity.domain;

/** Why a published id was replaced: the body or act took a new name, was merged into another, was recorded twice, or the id was wrong. */
public enum ReplacementReason implements Coded {
    RENAMED, MERGED, DUPLICATE, CORRECTED
}
