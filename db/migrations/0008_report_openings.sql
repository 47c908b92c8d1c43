CREATE TABLE `report_openings` (
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`year`, `kind`),
	FOREIGN KEY (`year`) REFERENCES `plan_years`(`year`) ON UPDATE no action ON DELETE no action
);
