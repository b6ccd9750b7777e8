-- Funding figures from the UN CEB financial statistics (issue 5), kept beside the curated dataset and
-- replaced as a whole by `comity import ceb` (or filled from the bundled extract on first use).
-- Amounts are USD, current prices, calendar year. "entity" is CEB's code; "org" the Comity organization
-- it maps to (NULL when unmapped: such rows are kept, not dropped). Identifiers are quoted as in V1.

-- Total revenue of each entity, by year and type (assessed, voluntary-core, voluntary-earmarked, other).
CREATE TABLE "funding_revenue" (
  "year" INTEGER NOT NULL, "entity" VARCHAR(50) NOT NULL, "org" VARCHAR(100), "type" VARCHAR(30) NOT NULL,
  "amount_usd" DECIMAL(22, 4) NOT NULL, "source" VARCHAR(500) NOT NULL,
  PRIMARY KEY ("year", "entity", "type")
);

-- What all government donors together gave each entity, by year and type (the denominator of shares
-- "of government contributions"); computed at import, carried as such by the bundled extract.
CREATE TABLE "funding_government_totals" (
  "year" INTEGER NOT NULL, "entity" VARCHAR(50) NOT NULL, "org" VARCHAR(100), "type" VARCHAR(30) NOT NULL,
  "amount_usd" DECIMAL(22, 4) NOT NULL, "source" VARCHAR(500) NOT NULL,
  PRIMARY KEY ("year", "entity", "type")
);

-- What each donor gave each entity, by year and type. "donor" is CEB's name; "state" its ISO alpha-3
-- code when known; "government" is false for non-state entries of CEB's government donor list.
CREATE TABLE "funding_contributions" (
  "year" INTEGER NOT NULL, "entity" VARCHAR(50) NOT NULL, "org" VARCHAR(100), "donor" VARCHAR(300) NOT NULL,
  "state" VARCHAR(3), "government" BOOLEAN NOT NULL, "type" VARCHAR(30) NOT NULL,
  "amount_usd" DECIMAL(22, 4) NOT NULL, "source" VARCHAR(500) NOT NULL,
  PRIMARY KEY ("year", "entity", "donor", "type")
);
CREATE INDEX "funding_contributions_state" ON "funding_contributions" ("state");

-- Raised by every funding write, so that a server can tell its cached view is stale.
CREATE TABLE "funding_version" ("id" INTEGER NOT NULL PRIMARY KEY, "version" BIGINT NOT NULL, "detail" VARCHAR(2000));
INSERT INTO "funding_version" ("id", "version", "detail") VALUES (1, 0, NULL);
