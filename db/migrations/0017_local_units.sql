CREATE TABLE `department_successions` (
	`successor_id` integer NOT NULL,
	`predecessor_id` integer NOT NULL,
	`from_year` integer NOT NULL,
	PRIMARY KEY(`successor_id`, `predecessor_id`),
	FOREIGN KEY (`successor_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`predecessor_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `successions_predecessor_idx` ON `department_successions` (`predecessor_id`);--> statement-breakpoint
CREATE TABLE `unit_reporting` (
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`unit_kind` text NOT NULL,
	PRIMARY KEY(`indicator_id`, `year`),
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`year`) REFERENCES `plan_years`(`year`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `departments` ADD `kind` text DEFAULT 'department' NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `share_of_id` integer;--> statement-breakpoint
CREATE INDEX `indicators_share_of_idx` ON `indicators` (`share_of_id`);--> statement-breakpoint
CREATE TRIGGER `journal_department_successions_insert` AFTER INSERT ON `department_successions` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_department_successions_update` AFTER UPDATE ON `department_successions` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_department_successions_delete` AFTER DELETE ON `department_successions` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_unit_reporting_insert` AFTER INSERT ON `unit_reporting` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_unit_reporting_update` AFTER UPDATE ON `unit_reporting` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_unit_reporting_delete` AFTER DELETE ON `unit_reporting` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
