"use server";

import { runAction } from "@/lib/commands/action";
import { rememberReportPeriodCommand } from "./commands";

/** Remembers the period the user just picked on a report page (the form then opens the page on it). */
export async function rememberReportPeriodAction(raw: unknown) {
  return runAction(rememberReportPeriodCommand, raw);
}
