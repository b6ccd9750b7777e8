-- Published ids that were replaced (data/record/replaced-ids.csv): a renamed or merged organization or
-- legal act keeps its old id as a redirect. No reference to "organizations": the old id is no longer there,
-- and the new one may be an instrument's.
CREATE TABLE "replaced_ids" (
  "ord" INTEGER NOT NULL PRIMARY KEY, "old_id" VARCHAR(100) NOT NULL, "kind" VARCHAR(20) NOT NULL,
  "new_id" VARCHAR(100) NOT NULL, "date" VARCHAR(10) NOT NULL, "reason" VARCHAR(20) NOT NULL,
  "sources" VARCHAR(10000) NOT NULL
);
