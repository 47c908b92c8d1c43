-- Change journal triggers (db/schema/changes.ts): every change to values, submissions and the
-- plan catalogue appends a row, whatever wrote it; read models catch up from it.
CREATE TRIGGER `journal_values_insert` AFTER INSERT ON `indicator_values` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('values', NEW.indicator_id, NEW.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_values_update` AFTER UPDATE ON `indicator_values` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('values', OLD.indicator_id, OLD.year); INSERT INTO data_changes(scope, indicator_id, year) SELECT 'values', NEW.indicator_id, NEW.year WHERE NEW.indicator_id <> OLD.indicator_id OR NEW.year <> OLD.year; END;
--> statement-breakpoint
CREATE TRIGGER `journal_values_delete` AFTER DELETE ON `indicator_values` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('values', OLD.indicator_id, OLD.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_submissions_insert` AFTER INSERT ON `submissions` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('submissions', NULL, NEW.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_submissions_update` AFTER UPDATE ON `submissions` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('submissions', NULL, OLD.year); INSERT INTO data_changes(scope, indicator_id, year) SELECT 'submissions', NULL, NEW.year WHERE NEW.year <> OLD.year; END;
--> statement-breakpoint
CREATE TRIGGER `journal_submissions_delete` AFTER DELETE ON `submissions` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('submissions', NULL, OLD.year); END;
--> statement-breakpoint
CREATE TRIGGER `journal_indicators_insert` AFTER INSERT ON `indicators` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_indicators_update` AFTER UPDATE ON `indicators` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_indicators_delete` AFTER DELETE ON `indicators` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_indicator_assignments_insert` AFTER INSERT ON `indicator_assignments` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_indicator_assignments_update` AFTER UPDATE ON `indicator_assignments` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_indicator_assignments_delete` AFTER DELETE ON `indicator_assignments` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_targets_insert` AFTER INSERT ON `targets` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_targets_update` AFTER UPDATE ON `targets` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_targets_delete` AFTER DELETE ON `targets` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_report_sections_insert` AFTER INSERT ON `report_sections` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_report_sections_update` AFTER UPDATE ON `report_sections` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_report_sections_delete` AFTER DELETE ON `report_sections` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_departments_insert` AFTER INSERT ON `departments` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_departments_update` AFTER UPDATE ON `departments` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_departments_delete` AFTER DELETE ON `departments` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_plan_years_insert` AFTER INSERT ON `plan_years` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_plan_years_update` AFTER UPDATE ON `plan_years` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_plan_years_delete` AFTER DELETE ON `plan_years` BEGIN INSERT INTO data_changes(scope, indicator_id, year) VALUES ('catalogue', NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `journal_prune` AFTER INSERT ON `data_changes` WHEN NEW.seq % 1000 = 0 BEGIN DELETE FROM data_changes WHERE seq <= NEW.seq - 50000; END;
