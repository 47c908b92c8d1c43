-- Narratives join the change journal (scope 'narratives'): the draft and its exports depend on
-- them, and their ETag is the journal's head (lib/api/etag.ts). Read models ignore the scope.
CREATE TRIGGER `journal_narratives_insert` AFTER INSERT ON `narratives` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, NEW.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_narratives_update` AFTER UPDATE ON `narratives` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, NEW.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_narratives_delete` AFTER DELETE ON `narratives` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, OLD.year); END;
