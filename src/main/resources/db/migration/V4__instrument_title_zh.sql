-- Our own Chinese rendering of each legal act's title, for the Chinese pages.
ALTER TABLE "instruments" ADD COLUMN "title_zh" VARCHAR(1000);
