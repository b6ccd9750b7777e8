-- The imported Correlates of War IGO v3 record, kept apart from the curated tables: where the two
-- disagree both are kept, and the curated record answers.

CREATE TABLE "cow_igos" (
  "ord" INTEGER NOT NULL, "ioname" VARCHAR(50) NOT NULL PRIMARY KEY, "orgname" VARCHAR(500) NOT NULL,
  "start_year" INTEGER NOT NULL, "dead_year" INTEGER, "org" VARCHAR(100), "precise_before_1965" BOOLEAN NOT NULL
);

-- One row per membership episode; "state" is Comity's id (ISO alpha-3), years as COW gives them,
-- "end_year" the first year out (NULL: still a member when the data end in 2014).
CREATE TABLE "cow_episodes" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "ioname" VARCHAR(50) NOT NULL REFERENCES "cow_igos" ("ioname"),
  "state" VARCHAR(3) NOT NULL, "role" VARCHAR(20) NOT NULL,
  "start_year" INTEGER NOT NULL, "start_precision" VARCHAR(12) NOT NULL,
  "end_year" INTEGER, "end_precision" VARCHAR(12)
);
