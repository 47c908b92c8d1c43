CREATE TABLE `house_style` (
	`id` integer PRIMARY KEY NOT NULL,
	`pct_decimals` text NOT NULL,
	`small_fall` text NOT NULL,
	`year_end_name` text NOT NULL,
	`version` integer NOT NULL,
	`updated_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
