PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_unit_reporting` (
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`unit_kind` text NOT NULL,
	PRIMARY KEY(`indicator_id`, `year`, `unit_kind`),
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`year`) REFERENCES `plan_years`(`year`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_unit_reporting`("indicator_id", "year", "unit_kind") SELECT "indicator_id", "year", "unit_kind" FROM `unit_reporting`;--> statement-breakpoint
DROP TABLE `unit_reporting`;--> statement-breakpoint
ALTER TABLE `__new_unit_reporting` RENAME TO `unit_reporting`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `departments` ADD `valid_from_month` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `departments` ADD `valid_to_month` integer DEFAULT 12 NOT NULL;--> statement-breakpoint
CREATE TRIGGER `journal_unit_reporting_insert` AFTER INSERT ON `unit_reporting` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_unit_reporting_update` AFTER UPDATE ON `unit_reporting` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_unit_reporting_delete` AFTER DELETE ON `unit_reporting` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
