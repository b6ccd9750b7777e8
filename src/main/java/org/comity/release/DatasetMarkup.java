package org.comity.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What dataset search engines read: a schema.org Dataset (JSON-LD, on the home and /data pages) and a
 * DCAT catalog of every release (/data/catalog.jsonld, as ckanext-dcat and data portals harvest it).
 * {@code base} is the site's address ({@code https://host}), every link absolute.
 */
public final class DatasetMarkup {

    private static final String EARTH = "http://sws.geonames.org/6295630/";

    private DatasetMarkup() {}

    /** schema.org Dataset of the latest release (without version and downloads before the first). */
    public static Map<String, Object> schemaOrg(List<Releases.Published> releases, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org/");
        m.put("@type", "Dataset");
        m.put("@id", base + "/data");
        m.put("name", About.TITLE);
        m.put("alternateName", "Comity");
        m.put("description", About.DESCRIPTION);
        m.put("url", base + "/data");
        m.put("license", About.LICENSE_URL);
        m.put("isAccessibleForFree", true);
        m.put("keywords", About.KEYWORDS);
        m.put("inLanguage", List.of("en", "zh-Hans"));
        m.put("creator", About.map("@type", "Organization", "name", About.CREATOR));
        m.put("isBasedOn", List.of(About.COW_URL, About.CEB_URL));
        m.put("spatialCoverage", About.map("@type", "Place", "name", "World", "sameAs", EARTH));
        if (releases.isEmpty()) return m;
        Releases.Published latest = releases.get(0);
        m.put("version", latest.version());
        m.put("dateModified", latest.created());
        m.put("datePublished", releases.get(releases.size() - 1).created());
        if (latest.temporalStart() != null) m.put("temporalCoverage", latest.temporalStart() + "/" + latest.temporalEnd());
        m.put("creditText", latest.citation(base + "/data"));
        m.put("includedInDataCatalog", About.map("@type", "DataCatalog", "name", "Comity releases", "url", base + "/data"));
        List<Map<String, Object>> downloads = new ArrayList<>();
        for (Releases.File f : latest.files()) {
            downloads.add(About.map("@type", "DataDownload", "name", f.name(), "description", f.title(), "encodingFormat", f.mediatype(),
                    "contentUrl", fileUrl(base, latest, f), "contentSize", f.bytes() + " B", "sha256", f.sha256()));
        }
        m.put("distribution", downloads);
        return m;
    }

    /** DCAT catalog: one dcat:Dataset per release, newest first, each with its files as distributions. */
    public static Map<String, Object> dcat(List<Releases.Published> releases, String base) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("owl", "http://www.w3.org/2002/07/owl#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("spdx", "http://spdx.org/rdf/terms#");
        Map<String, Object> publisher = About.map("@type", "foaf:Organization", "foaf:name", About.CREATOR);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", context);
        m.put("@id", base + "/data/catalog.jsonld");
        m.put("@type", "dcat:Catalog");
        m.put("dct:title", "Comity releases");
        m.put("dct:description", About.DESCRIPTION);
        m.put("dct:publisher", publisher);
        m.put("foaf:homepage", id(base + "/"));
        m.put("dct:license", id(About.LICENSE_URL));
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i = 0; i < releases.size(); i++) {
            Releases.Published r = releases.get(i);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("@id", base + "/data#v" + r.version());
            d.put("@type", "dcat:Dataset");
            d.put("dct:identifier", About.NAME + "-" + r.version());
            d.put("dct:title", About.TITLE + ", version " + r.version());
            d.put("dct:description", About.DESCRIPTION);
            d.put("dcat:version", r.version());
            d.put("owl:versionInfo", r.version());
            d.put("dct:issued", About.map("@value", r.created(), "@type", "xsd:date"));
            d.put("dct:license", id(About.LICENSE_URL));
            d.put("dct:publisher", publisher);
            d.put("dcat:keyword", About.KEYWORDS);
            d.put("dcat:landingPage", id(base + "/data"));
            d.put("dct:spatial", id(EARTH));
            if (r.temporalStart() != null) {
                d.put("dct:temporal", About.map("@type", "dct:PeriodOfTime",
                        "dcat:startDate", About.map("@value", r.temporalStart(), "@type", "xsd:date"),
                        "dcat:endDate", About.map("@value", r.temporalEnd(), "@type", "xsd:date")));
            }
            if (i + 1 < releases.size()) d.put("dcat:previousVersion", id(base + "/data#v" + releases.get(i + 1).version()));
            List<Map<String, Object>> distributions = new ArrayList<>();
            for (Releases.File f : r.files()) {
                distributions.add(About.map("@type", "dcat:Distribution", "dct:title", f.name(), "dct:description", f.title(),
                        "dcat:downloadURL", id(fileUrl(base, r, f)), "dcat:accessURL", id(base + "/data"),
                        "dcat:mediaType", id("https://www.iana.org/assignments/media-types/" + f.mediatype()),
                        "dcat:byteSize", About.map("@value", String.valueOf(f.bytes()), "@type", "xsd:nonNegativeInteger"),
                        "spdx:checksum", About.map("@type", "spdx:Checksum", "spdx:algorithm", id("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"),
                                "spdx:checksumValue", f.sha256()),
                        "dct:license", id(About.LICENSE_URL)));
            }
            d.put("dcat:distribution", distributions);
            datasets.add(d);
        }
        m.put("dcat:dataset", datasets);
        return m;
    }

    /** Where the site serves a release's file. */
    public static String fileUrl(String base, Releases.Published r, Releases.File f) {
        return base + "/data/" + r.version() + "/" + f.name();
    }

    private static Map<String, Object> id(String iri) {
        return About.map("@id", iri);
    }
}
