CREATE TABLE `result_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer NOT NULL,
	`year` integer NOT NULL,
	`month` integer NOT NULL,
	`date` text NOT NULL,
	`section_code` text NOT NULL,
	`text` text NOT NULL,
	`figures` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `result_items_submission_idx` ON `result_items` (`department_id`,`year`,`month`);--> statement-breakpoint
CREATE INDEX `result_items_date_idx` ON `result_items` (`date`);--> statement-breakpoint
-- Result items join the change journal beside the narratives (scope 'narratives': the
-- departments' own content): the draft and its exports depend on them and their ETag is the
-- journal's head (lib/api/etag.ts). Read models ignore the scope.
CREATE TRIGGER `journal_result_items_insert` AFTER INSERT ON `result_items` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, NEW.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_result_items_update` AFTER UPDATE ON `result_items` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, NEW.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_result_items_delete` AFTER DELETE ON `result_items` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('narratives', NULL, OLD.year); END;
