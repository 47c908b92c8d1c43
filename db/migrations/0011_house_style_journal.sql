-- The house style words every draft: it joins the change journal (scope 'narratives', which read models ignore) so the draft's ETag moves with it (lib/api/etag.ts).
CREATE TRIGGER `journal_house_style_insert` AFTER INSERT ON `house_style` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_house_style_update` AFTER UPDATE ON `house_style` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, NULL); END;
