-- The texts that are ours (not a source's) in Chinese too, so the Chinese site is Chinese: an organization's
-- headquarters and parent note, a withdrawal clause's treaty, article and conditions. Empty: shown in English.
ALTER TABLE "organizations" ADD COLUMN "headquarters_zh" VARCHAR;
ALTER TABLE "organizations" ADD COLUMN "parent_note_zh" VARCHAR;
ALTER TABLE "withdrawal_rules" ADD COLUMN "treaty_zh" VARCHAR;
ALTER TABLE "withdrawal_rules" ADD COLUMN "article_zh" VARCHAR;
ALTER TABLE "withdrawal_rules" ADD COLUMN "conditions_zh" VARCHAR;
