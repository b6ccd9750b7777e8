-- How each claim is checked (data/record/claim-checks.csv) is part of the dataset: stored, exported and
-- validated with it. A store filled before this table existed holds no checks until the dataset is
-- imported again (comity import dataset DIR); until then its claims answer unverifiable, saying that no
-- check is defined.

CREATE TABLE "claim_checks" (
  "ord" INTEGER NOT NULL, "claim" VARCHAR(50) NOT NULL PRIMARY KEY REFERENCES "claims" ("id"),
  "method" VARCHAR(40) NOT NULL, "params" VARCHAR(2000), "compare" VARCHAR(20) NOT NULL, "tolerance" VARCHAR(200),
  "definition" VARCHAR(2000) NOT NULL, "sources" VARCHAR(10000) NOT NULL
);
