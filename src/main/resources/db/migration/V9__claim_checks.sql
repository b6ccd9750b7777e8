-- How each claim is checked (data/record/claim-checks.csv) is part of the dataset: stored, exported and
-- validated with it. A store filled from the bundled dataset is refilled at start (the bundle's
-- fingerprint changed), checks included; a store holding an imported dataset has no checks until the
-- dataset is imported again, and until then its claims answer unverifiable, saying no check is defined.

CREATE TABLE "claim_checks" (
  "ord" INTEGER NOT NULL, "claim" VARCHAR(50) NOT NULL PRIMARY KEY REFERENCES "claims" ("id"),
  "method" VARCHAR(40) NOT NULL, "params" VARCHAR(2000), "compare" VARCHAR(20) NOT NULL, "tolerance" VARCHAR(200),
  "definition" VARCHAR(2000) NOT NULL, "sources" VARCHAR(10000) NOT NULL
);
