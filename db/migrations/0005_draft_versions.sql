CREATE TABLE `draft_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`period` text NOT NULL,
	`counting` text NOT NULL,
	`number` integer NOT NULL,
	`content` text NOT NULL,
	`based_on` integer,
	`note` text,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`final` integer DEFAULT false NOT NULL,
	`finalized_by` integer,
	`finalized_at` text,
	`final_snapshot` text,
	FOREIGN KEY (`based_on`) REFERENCES `draft_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finalized_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `draft_versions_period_number_idx` ON `draft_versions` (`year`,`period`,`number`);--> statement-breakpoint
CREATE INDEX `draft_versions_year_idx` ON `draft_versions` (`year`);