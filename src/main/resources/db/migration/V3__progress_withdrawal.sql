-- CCHC Dashboard schema, version 3: an update can be withdrawn ("rút lại", e.g. undone right after a slip)
-- without being deleted: a withdrawal row supersedes it and counts for nothing itself.
ALTER TABLE progress_update ADD COLUMN withdrawal BOOLEAN DEFAULT FALSE NOT NULL;
