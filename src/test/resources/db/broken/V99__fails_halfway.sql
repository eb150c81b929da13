-- A migration that fails after changing something: H2 commits DDL at once, so only the backup can undo it.
ALTER TABLE plan ADD COLUMN half_done INTEGER;
INSERT INTO no_such_table VALUES (1);
