CREATE TABLE `data_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope` text NOT NULL,
	`indicator_id` integer,
	`year` integer
);
--> statement-breakpoint
CREATE INDEX `data_changes_scope_seq_idx` ON `data_changes` (`scope`,`seq`);