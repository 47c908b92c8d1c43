import { defineCommand } from "@/lib/commands/command";
import { reportPeriodPreferenceSchema } from "./schemas";
import { saveReportPeriod } from "./report-period";

/** Remembers the report period the user picked, for the report pages to open on next time. */
export const rememberReportPeriodCommand = defineCommand({
  permission: "report.remember_period",
  input: reportPeriodPreferenceSchema,
  run: (tx, user, input) => saveReportPeriod(tx, user.id, input.period),
});
