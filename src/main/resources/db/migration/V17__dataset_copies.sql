-- The curated dataset is replaced whole by every import and every published edit. Like the funding figures and
-- the COW record (V10__store_copies.sql), it now keeps two copies of its tables ("_0" and "_1"); "store_copies"
-- says which is live. A write empties the other copy, fills it in committed batches and makes it live in one
-- short transaction (store.Copies), with the version, the origin and the history of the change: a process
-- killed at any moment leaves the live copy whole. The one big transaction that replaced these tables before
-- could be killed into a store whose next write never ended (H2 kept a row lock of the dead transaction).
-- The copies hold no foreign keys: H2 cannot empty (TRUNCATE) a table another one refers to, and the one
-- validation pass (dataset.DatasetValidator) checks every reference before anything is written. Each file's
-- keys stay unique; "ord" is the row's place in its file.

INSERT INTO "store_copies" ("store", "live") VALUES ('dataset', 0);

CREATE TABLE "sources_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "id" VARCHAR, "url" VARCHAR NOT NULL, "title" VARCHAR NOT NULL,
  "publisher" VARCHAR, "published" VARCHAR, "seen" VARCHAR NOT NULL, "kind" VARCHAR NOT NULL, UNIQUE ("url")
);
CREATE TABLE "sources_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "id" VARCHAR, "url" VARCHAR NOT NULL, "title" VARCHAR NOT NULL,
  "publisher" VARCHAR, "published" VARCHAR, "seen" VARCHAR NOT NULL, "kind" VARCHAR NOT NULL, UNIQUE ("url")
);
INSERT INTO "sources_0" ("ord", "id", "url", "title", "publisher", "published", "seen", "kind")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "id", "url", "title", "publisher", "published", "seen", "kind" FROM "sources";

CREATE TABLE "states_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "iso3" VARCHAR NOT NULL, "cow_code" VARCHAR, "name_en" VARCHAR NOT NULL,
  "name_zh" VARCHAR NOT NULL, "un_status" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL,
  "kind" VARCHAR NOT NULL, UNIQUE ("iso3")
);
CREATE TABLE "states_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "iso3" VARCHAR NOT NULL, "cow_code" VARCHAR, "name_en" VARCHAR NOT NULL,
  "name_zh" VARCHAR NOT NULL, "un_status" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL,
  "kind" VARCHAR NOT NULL, UNIQUE ("iso3")
);
INSERT INTO "states_0" ("ord", "iso3", "cow_code", "name_en", "name_zh", "un_status", "sources", "kind")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "iso3", "cow_code", "name_en", "name_zh", "un_status", "sources", "kind" FROM "states";

CREATE TABLE "organizations_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "id" VARCHAR NOT NULL, "name_en" VARCHAR NOT NULL,
  "name_zh" VARCHAR NOT NULL, "acronym" VARCHAR, "kind" VARCHAR NOT NULL, "joined_by" VARCHAR NOT NULL,
  "un_system" VARCHAR NOT NULL, "parent" VARCHAR, "parent_note" VARCHAR, "category" VARCHAR NOT NULL,
  "founded" VARCHAR, "headquarters" VARCHAR, "website" VARCHAR, "wikidata" VARCHAR, "sources" VARCHAR NOT NULL,
  "headquarters_zh" VARCHAR, "parent_note_zh" VARCHAR, UNIQUE ("id")
);
CREATE TABLE "organizations_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "id" VARCHAR NOT NULL, "name_en" VARCHAR NOT NULL,
  "name_zh" VARCHAR NOT NULL, "acronym" VARCHAR, "kind" VARCHAR NOT NULL, "joined_by" VARCHAR NOT NULL,
  "un_system" VARCHAR NOT NULL, "parent" VARCHAR, "parent_note" VARCHAR, "category" VARCHAR NOT NULL,
  "founded" VARCHAR, "headquarters" VARCHAR, "website" VARCHAR, "wikidata" VARCHAR, "sources" VARCHAR NOT NULL,
  "headquarters_zh" VARCHAR, "parent_note_zh" VARCHAR, UNIQUE ("id")
);
INSERT INTO "organizations_0" ("ord", "id", "name_en", "name_zh", "acronym", "kind", "joined_by", "un_system", "parent", "parent_note", "category", "founded", "headquarters", "website", "wikidata", "sources", "headquarters_zh", "parent_note_zh")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "id", "name_en", "name_zh", "acronym", "kind", "joined_by", "un_system", "parent", "parent_note", "category", "founded", "headquarters", "website", "wikidata", "sources", "headquarters_zh", "parent_note_zh" FROM "organizations";

CREATE TABLE "aliases_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "lang" VARCHAR NOT NULL,
  "alias" VARCHAR NOT NULL, "type" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL
);
CREATE TABLE "aliases_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "lang" VARCHAR NOT NULL,
  "alias" VARCHAR NOT NULL, "type" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL
);
INSERT INTO "aliases_0" ("ord", "org", "lang", "alias", "type", "sources")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "org", "lang", "alias", "type", "sources" FROM "aliases";

CREATE TABLE "instruments_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "id" VARCHAR NOT NULL, "actor" VARCHAR NOT NULL, "kind" VARCHAR NOT NULL,
  "title" VARCHAR NOT NULL, "citation" VARCHAR, "date" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL,
  "title_zh" VARCHAR, UNIQUE ("id")
);
CREATE TABLE "instruments_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "id" VARCHAR NOT NULL, "actor" VARCHAR NOT NULL, "kind" VARCHAR NOT NULL,
  "title" VARCHAR NOT NULL, "citation" VARCHAR, "date" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL,
  "title_zh" VARCHAR, UNIQUE ("id")
);
INSERT INTO "instruments_0" ("ord", "id", "actor", "kind", "title", "citation", "date", "sources", "title_zh")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "id", "actor", "kind", "title", "citation", "date", "sources", "title_zh" FROM "instruments";

CREATE TABLE "actions_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "instrument" VARCHAR NOT NULL, "seq" VARCHAR NOT NULL, "section" VARCHAR,
  "org" VARCHAR NOT NULL, "action" VARCHAR NOT NULL, "announced" VARCHAR, "notice" VARCHAR,
  "effective" VARCHAR, "rule" VARCHAR NOT NULL, "note" VARCHAR, "sources" VARCHAR NOT NULL, "flags" VARCHAR,
  UNIQUE ("instrument", "seq")
);
CREATE INDEX "actions_0_org" ON "actions_0" ("org");
CREATE TABLE "actions_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "instrument" VARCHAR NOT NULL, "seq" VARCHAR NOT NULL, "section" VARCHAR,
  "org" VARCHAR NOT NULL, "action" VARCHAR NOT NULL, "announced" VARCHAR, "notice" VARCHAR,
  "effective" VARCHAR, "rule" VARCHAR NOT NULL, "note" VARCHAR, "sources" VARCHAR NOT NULL, "flags" VARCHAR,
  UNIQUE ("instrument", "seq")
);
CREATE INDEX "actions_1_org" ON "actions_1" ("org");
INSERT INTO "actions_0" ("ord", "instrument", "seq", "section", "org", "action", "announced", "notice", "effective", "rule", "note", "sources", "flags")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "instrument", "seq", "section", "org", "action", "announced", "notice", "effective", "rule", "note", "sources", "flags" FROM "actions";

CREATE TABLE "member_lists_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "follows" VARCHAR, "complete_from" VARCHAR,
  "counted" VARCHAR, "checked" VARCHAR NOT NULL, "note" VARCHAR, "sources" VARCHAR NOT NULL, UNIQUE ("org")
);
CREATE TABLE "member_lists_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "follows" VARCHAR, "complete_from" VARCHAR,
  "counted" VARCHAR, "checked" VARCHAR NOT NULL, "note" VARCHAR, "sources" VARCHAR NOT NULL, UNIQUE ("org")
);
INSERT INTO "member_lists_0" ("ord", "org", "follows", "complete_from", "counted", "checked", "note", "sources")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "org", "follows", "complete_from", "counted", "checked", "note", "sources" FROM "member_lists";

CREATE TABLE "episodes_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "state" VARCHAR NOT NULL,
  "role" VARCHAR NOT NULL, "start" VARCHAR NOT NULL, "end" VARCHAR, "end_reason" VARCHAR, "deposited" VARCHAR,
  "means" VARCHAR, "note" VARCHAR, "sources" VARCHAR NOT NULL
);
CREATE INDEX "episodes_0_state_org" ON "episodes_0" ("state", "org");
CREATE TABLE "episodes_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "state" VARCHAR NOT NULL,
  "role" VARCHAR NOT NULL, "start" VARCHAR NOT NULL, "end" VARCHAR, "end_reason" VARCHAR, "deposited" VARCHAR,
  "means" VARCHAR, "note" VARCHAR, "sources" VARCHAR NOT NULL
);
CREATE INDEX "episodes_1_state_org" ON "episodes_1" ("state", "org");
INSERT INTO "episodes_0" ("ord", "org", "state", "role", "start", "end", "end_reason", "deposited", "means", "note", "sources")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "org", "state", "role", "start", "end", "end_reason", "deposited", "means", "note", "sources" FROM "episodes";

CREATE TABLE "member_counts_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "on" VARCHAR NOT NULL, "count" VARCHAR NOT NULL,
  "roles" VARCHAR, "definition" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL
);
CREATE TABLE "member_counts_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "on" VARCHAR NOT NULL, "count" VARCHAR NOT NULL,
  "roles" VARCHAR, "definition" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL
);
INSERT INTO "member_counts_0" ("ord", "org", "on", "count", "roles", "definition", "sources")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "org", "on", "count", "roles", "definition", "sources" FROM "member_counts";

CREATE TABLE "withdrawal_rules_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "treaty" VARCHAR, "article" VARCHAR,
  "notice_period" VARCHAR, "rule" VARCHAR NOT NULL, "conditions" VARCHAR, "sources" VARCHAR NOT NULL,
  "treaty_zh" VARCHAR, "article_zh" VARCHAR, "conditions_zh" VARCHAR, UNIQUE ("org")
);
CREATE TABLE "withdrawal_rules_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "treaty" VARCHAR, "article" VARCHAR,
  "notice_period" VARCHAR, "rule" VARCHAR NOT NULL, "conditions" VARCHAR, "sources" VARCHAR NOT NULL,
  "treaty_zh" VARCHAR, "article_zh" VARCHAR, "conditions_zh" VARCHAR, UNIQUE ("org")
);
INSERT INTO "withdrawal_rules_0" ("ord", "org", "treaty", "article", "notice_period", "rule", "conditions", "sources", "treaty_zh", "article_zh", "conditions_zh")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "org", "treaty", "article", "notice_period", "rule", "conditions", "sources", "treaty_zh", "article_zh", "conditions_zh" FROM "withdrawal_rules";

CREATE TABLE "record_checks_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "checked" VARCHAR NOT NULL,
  "scope" VARCHAR NOT NULL, "finding" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL
);
CREATE TABLE "record_checks_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "org" VARCHAR NOT NULL, "checked" VARCHAR NOT NULL,
  "scope" VARCHAR NOT NULL, "finding" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL
);
INSERT INTO "record_checks_0" ("ord", "org", "checked", "scope", "finding", "sources")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "org", "checked", "scope", "finding", "sources" FROM "record_checks";

CREATE TABLE "claims_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "id" VARCHAR NOT NULL, "document" VARCHAR NOT NULL,
  "quote" VARCHAR NOT NULL, "text_en" VARCHAR NOT NULL, "expected" VARCHAR NOT NULL, "unit" VARCHAR NOT NULL,
  "sources" VARCHAR NOT NULL, UNIQUE ("id")
);
CREATE TABLE "claims_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "id" VARCHAR NOT NULL, "document" VARCHAR NOT NULL,
  "quote" VARCHAR NOT NULL, "text_en" VARCHAR NOT NULL, "expected" VARCHAR NOT NULL, "unit" VARCHAR NOT NULL,
  "sources" VARCHAR NOT NULL, UNIQUE ("id")
);
INSERT INTO "claims_0" ("ord", "id", "document", "quote", "text_en", "expected", "unit", "sources")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "id", "document", "quote", "text_en", "expected", "unit", "sources" FROM "claims";

CREATE TABLE "claim_checks_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "claim" VARCHAR NOT NULL, "method" VARCHAR NOT NULL, "params" VARCHAR,
  "compare" VARCHAR NOT NULL, "tolerance" VARCHAR, "definition" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL,
  "tolerance_zh" VARCHAR, "definition_zh" VARCHAR, UNIQUE ("claim")
);
CREATE TABLE "claim_checks_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "claim" VARCHAR NOT NULL, "method" VARCHAR NOT NULL, "params" VARCHAR,
  "compare" VARCHAR NOT NULL, "tolerance" VARCHAR, "definition" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL,
  "tolerance_zh" VARCHAR, "definition_zh" VARCHAR, UNIQUE ("claim")
);
INSERT INTO "claim_checks_0" ("ord", "claim", "method", "params", "compare", "tolerance", "definition", "sources", "tolerance_zh", "definition_zh")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "claim", "method", "params", "compare", "tolerance", "definition", "sources", "tolerance_zh", "definition_zh" FROM "claim_checks";

CREATE TABLE "replaced_ids_0" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "old_id" VARCHAR NOT NULL, "kind" VARCHAR NOT NULL,
  "new_id" VARCHAR NOT NULL, "date" VARCHAR NOT NULL, "reason" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL
);
CREATE TABLE "replaced_ids_1" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "old_id" VARCHAR NOT NULL, "kind" VARCHAR NOT NULL,
  "new_id" VARCHAR NOT NULL, "date" VARCHAR NOT NULL, "reason" VARCHAR NOT NULL, "sources" VARCHAR NOT NULL
);
INSERT INTO "replaced_ids_0" ("ord", "old_id", "kind", "new_id", "date", "reason", "sources")
  SELECT ROW_NUMBER() OVER (ORDER BY "ord"), "old_id", "kind", "new_id", "date", "reason", "sources" FROM "replaced_ids";

DROP TABLE "replaced_ids";
DROP TABLE "claim_checks";
DROP TABLE "claims";
DROP TABLE "record_checks";
DROP TABLE "withdrawal_rules";
DROP TABLE "member_counts";
DROP TABLE "episodes";
DROP TABLE "member_lists";
DROP TABLE "actions";
DROP TABLE "instruments";
DROP TABLE "aliases";
DROP TABLE "organizations";
DROP TABLE "states";
DROP TABLE "sources";
