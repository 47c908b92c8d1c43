CREATE TABLE `report_openings` (
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`year`, `kind`),
	FOREIGN KEY (`year`) REFERENCES `plan_years`(`year`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- The openings word the drafts: they join the change journal (scope 'narratives', which read models ignore) so the draft's ETag moves with them (lib/api/etag.ts).
CREATE TRIGGER `journal_report_openings_insert` AFTER INSERT ON `report_openings` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, NEW.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_report_openings_update` AFTER UPDATE ON `report_openings` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, NEW.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_report_openings_delete` AFTER DELETE ON `report_openings` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, OLD.year); END;
