ALTER TABLE `departments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `retired_from_year` integer;--> statement-breakpoint
ALTER TABLE `indicators` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_years` ADD `planners_may_edit` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_years` ADD `version` integer DEFAULT 1 NOT NULL;