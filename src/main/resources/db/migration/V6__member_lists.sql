-- Member lists (one per body, data/record/members/<org>.csv) replace the pair-by-pair episodes; sources
-- get a kind (primary, secondary, reference), states a kind (state, territory, union, former), actions
-- flags (contested, conditions-unmet); each body's record has a "checked" row. Existing rows get the
-- weakest reading until the dataset is imported again.

ALTER TABLE "sources" ADD COLUMN "kind" VARCHAR(20) DEFAULT 'secondary' NOT NULL;
ALTER TABLE "states" ADD COLUMN "kind" VARCHAR(20) DEFAULT 'state' NOT NULL;
ALTER TABLE "actions" ADD COLUMN "flags" VARCHAR(200);

DROP TABLE "episodes";

CREATE TABLE "member_lists" (
  "ord" INTEGER NOT NULL, "org" VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES "organizations" ("id"),
  "follows" VARCHAR(1000), "complete_from" VARCHAR(10), "counted" VARCHAR(200), "checked" VARCHAR(10) NOT NULL,
  "note" VARCHAR(2000), "sources" VARCHAR(10000) NOT NULL
);

CREATE TABLE "episodes" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR(100) NOT NULL REFERENCES "member_lists" ("org"),
  "state" VARCHAR(3) NOT NULL REFERENCES "states" ("iso3"), "role" VARCHAR(20) NOT NULL,
  "start" VARCHAR(13) NOT NULL, "end" VARCHAR(13), "end_reason" VARCHAR(20), "deposited" VARCHAR(10),
  "means" VARCHAR(30), "note" VARCHAR(2000), "sources" VARCHAR(10000) NOT NULL
);
CREATE INDEX "episodes_state_org" ON "episodes" ("state", "org");

CREATE TABLE "member_counts" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR(100) NOT NULL REFERENCES "organizations" ("id"),
  "on" VARCHAR(10) NOT NULL, "count" VARCHAR(10) NOT NULL, "roles" VARCHAR(200), "definition" VARCHAR(1000) NOT NULL,
  "sources" VARCHAR(10000) NOT NULL
);

CREATE TABLE "record_checks" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR(100) NOT NULL REFERENCES "organizations" ("id"),
  "checked" VARCHAR(10) NOT NULL, "scope" VARCHAR(2000) NOT NULL, "finding" VARCHAR(2000) NOT NULL,
  "sources" VARCHAR(10000) NOT NULL
);

-- What the store's dataset came from: the bundled dataset with this fingerprint, or an import. A store
-- filled from an older bundle is refilled from the newer one at start; an imported dataset is kept.
CREATE TABLE "dataset_origin" ("id" INTEGER NOT NULL PRIMARY KEY, "origin" VARCHAR(200) NOT NULL);
