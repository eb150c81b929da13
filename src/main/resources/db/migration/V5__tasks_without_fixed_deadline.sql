-- "Theo tiến độ của Trung ương", "Khi có yêu cầu": a task may have no fixed deadline. It keeps its wording in
-- deadline_text and has no due date, rather than one made up.
ALTER TABLE task ALTER COLUMN due_date DROP NOT NULL;
