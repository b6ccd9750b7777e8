package org.comity.web.view;

import java.util.List;

/** /data: the latest release with its files and citation, then every earlier release. */
public record DataView(Frame frame, Link licence, Release latest, String cite, List<Release> earlier) {

    public record Release(String version, String created, long added, long changed, long removed, List<File> files) {}

    public record File(String href, String name, String title, long kb, String sha) {}
}
