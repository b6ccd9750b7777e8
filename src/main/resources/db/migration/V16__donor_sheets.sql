-- The donor rows of the funding store (86,831 for the CEB's full set) are kept as one sheet per entity and year
-- instead of a row each: the app reads and writes them only whole (funding.FundingStore), and about 500 rows are
-- written in a tenth of the time H2 takes for 87,000. A sheet's "lines" are its donors in their order, one a
-- line, tab between the cells: donor, state, y|n (a government), type, amount (funding.DonorSheet; a tab,
-- line break or backslash in a donor's name is written \t, \n, \r or \\). Both copies are converted.

CREATE TABLE "funding_donor_sheets_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "entity" VARCHAR NOT NULL, "org" VARCHAR,
  "source" VARCHAR NOT NULL, "rows" INTEGER NOT NULL, "lines" VARCHAR NOT NULL
);
CREATE TABLE "funding_donor_sheets_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "entity" VARCHAR NOT NULL, "org" VARCHAR,
  "source" VARCHAR NOT NULL, "rows" INTEGER NOT NULL, "lines" VARCHAR NOT NULL
);

INSERT INTO "funding_donor_sheets_0" SELECT ROW_NUMBER() OVER (ORDER BY MIN("ord")), "year", "entity", "org", "source", COUNT(*),
  STRING_AGG(REPLACE(REPLACE(REPLACE(REPLACE("donor", '\', '\\'), CHR(9), '\t'), CHR(10), '\n'), CHR(13), '\r')
    || CHR(9) || COALESCE("state", '') || CHR(9) || CASE WHEN "government" THEN 'y' ELSE 'n' END
    || CHR(9) || "type" || CHR(9) || CAST("amount_usd" AS VARCHAR), CHR(10) ORDER BY "ord")
  FROM "funding_contributions_0" GROUP BY "year", "entity", "org", "source";
INSERT INTO "funding_donor_sheets_1" SELECT ROW_NUMBER() OVER (ORDER BY MIN("ord")), "year", "entity", "org", "source", COUNT(*),
  STRING_AGG(REPLACE(REPLACE(REPLACE(REPLACE("donor", '\', '\\'), CHR(9), '\t'), CHR(10), '\n'), CHR(13), '\r')
    || CHR(9) || COALESCE("state", '') || CHR(9) || CASE WHEN "government" THEN 'y' ELSE 'n' END
    || CHR(9) || "type" || CHR(9) || CAST("amount_usd" AS VARCHAR), CHR(10) ORDER BY "ord")
  FROM "funding_contributions_1" GROUP BY "year", "entity", "org", "source";

DROP TABLE "funding_contributions_0";
DROP TABLE "funding_contributions_1";
