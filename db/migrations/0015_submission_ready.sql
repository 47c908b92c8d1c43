ALTER TABLE `submissions` ADD `ready_at` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `ready_by` integer REFERENCES users(id);