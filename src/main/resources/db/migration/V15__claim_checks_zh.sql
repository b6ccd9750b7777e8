-- A claim check's tolerance and definition are our words, so the Chinese site shows them in Chinese too
-- (data/record/claim-checks.csv: tolerance_zh, definition_zh). Empty: shown in English.
ALTER TABLE "claim_checks" ADD COLUMN "tolerance_zh" VARCHAR;
ALTER TABLE "claim_checks" ADD COLUMN "definition_zh" VARCHAR;
