CREATE TABLE `reminders_sent` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer NOT NULL,
	`year` integer NOT NULL,
	`month` integer NOT NULL,
	`day` text NOT NULL,
	`user_id` integer NOT NULL,
	`email` text NOT NULL,
	`sent_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_sent_once_idx` ON `reminders_sent` (`department_id`,`year`,`month`,`day`,`user_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `email` text;