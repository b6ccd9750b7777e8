-- The imported statistics (funding figures, the COW record) are replaced whole by every import. Each such
-- store now keeps two copies of its tables ("_0" and "_1"); "store_copies" says which one is live. An import
-- empties the other copy, fills it in small committed batches and then makes it live in one short
-- transaction (store.Copies): a process killed at any moment leaves the live copy whole, and no import
-- needs one huge transaction (slow on H2, and what a kill had torn). "ord" is the row's place in the copy.

CREATE TABLE "store_copies" ("store" VARCHAR(20) NOT NULL PRIMARY KEY, "live" INTEGER NOT NULL, "writer" VARCHAR(200));
INSERT INTO "store_copies" ("store", "live") VALUES ('funding', 0);
INSERT INTO "store_copies" ("store", "live") VALUES ('cow', 0);

CREATE TABLE "funding_revenue_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "entity" VARCHAR NOT NULL, "org" VARCHAR,
  "type" VARCHAR NOT NULL, "amount_usd" DECIMAL(22, 4) NOT NULL, "source" VARCHAR NOT NULL
);
CREATE TABLE "funding_revenue_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "entity" VARCHAR NOT NULL, "org" VARCHAR,
  "type" VARCHAR NOT NULL, "amount_usd" DECIMAL(22, 4) NOT NULL, "source" VARCHAR NOT NULL
);
CREATE TABLE "funding_government_totals_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "entity" VARCHAR NOT NULL, "org" VARCHAR,
  "type" VARCHAR NOT NULL, "amount_usd" DECIMAL(22, 4) NOT NULL, "source" VARCHAR NOT NULL
);
CREATE TABLE "funding_government_totals_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "entity" VARCHAR NOT NULL, "org" VARCHAR,
  "type" VARCHAR NOT NULL, "amount_usd" DECIMAL(22, 4) NOT NULL, "source" VARCHAR NOT NULL
);
CREATE TABLE "funding_contributions_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "entity" VARCHAR NOT NULL, "org" VARCHAR,
  "donor" VARCHAR NOT NULL, "state" VARCHAR, "government" BOOLEAN NOT NULL, "type" VARCHAR NOT NULL,
  "amount_usd" DECIMAL(22, 4) NOT NULL, "source" VARCHAR NOT NULL
);
CREATE TABLE "funding_contributions_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "entity" VARCHAR NOT NULL, "org" VARCHAR,
  "donor" VARCHAR NOT NULL, "state" VARCHAR, "government" BOOLEAN NOT NULL, "type" VARCHAR NOT NULL,
  "amount_usd" DECIMAL(22, 4) NOT NULL, "source" VARCHAR NOT NULL
);

INSERT INTO "funding_revenue_0" SELECT ROW_NUMBER() OVER (ORDER BY "year", "entity", "type"), "year", "entity", "org",
  "type", "amount_usd", "source" FROM "funding_revenue";
INSERT INTO "funding_government_totals_0" SELECT ROW_NUMBER() OVER (ORDER BY "year", "entity", "type"), "year", "entity",
  "org", "type", "amount_usd", "source" FROM "funding_government_totals";
INSERT INTO "funding_contributions_0" SELECT ROW_NUMBER() OVER (ORDER BY "year", "entity", "donor", "type"), "year",
  "entity", "org", "donor", "state", "government", "type", "amount_usd", "source" FROM "funding_contributions";
DROP TABLE "funding_revenue";
DROP TABLE "funding_government_totals";
DROP TABLE "funding_contributions";

CREATE TABLE "cow_igos_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "ioname" VARCHAR NOT NULL, "orgname" VARCHAR NOT NULL, "start_year" INTEGER NOT NULL,
  "dead_year" INTEGER, "org" VARCHAR, "precise_before_1965" BOOLEAN NOT NULL
);
CREATE TABLE "cow_igos_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "ioname" VARCHAR NOT NULL, "orgname" VARCHAR NOT NULL, "start_year" INTEGER NOT NULL,
  "dead_year" INTEGER, "org" VARCHAR, "precise_before_1965" BOOLEAN NOT NULL
);
CREATE TABLE "cow_episodes_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "ioname" VARCHAR NOT NULL, "state" VARCHAR NOT NULL, "role" VARCHAR NOT NULL,
  "start_year" INTEGER NOT NULL, "start_precision" VARCHAR NOT NULL, "end_year" INTEGER, "end_precision" VARCHAR
);
CREATE TABLE "cow_episodes_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "ioname" VARCHAR NOT NULL, "state" VARCHAR NOT NULL, "role" VARCHAR NOT NULL,
  "start_year" INTEGER NOT NULL, "start_precision" VARCHAR NOT NULL, "end_year" INTEGER, "end_precision" VARCHAR
);
INSERT INTO "cow_igos_0" SELECT "ord", "ioname", "orgname", "start_year", "dead_year", "org", "precise_before_1965" FROM "cow_igos";
INSERT INTO "cow_episodes_0" SELECT "ord", "ioname", "state", "role", "start_year", "start_precision", "end_year",
  "end_precision" FROM "cow_episodes";
DROP TABLE "cow_episodes";
DROP TABLE "cow_igos";
