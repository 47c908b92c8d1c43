import { commandResponse } from "@/lib/commands/http";
import { rememberReportPeriodCommand } from "@/lib/preferences/commands";

/** PUT /api/v1/preferences/report-period {period}: the period the caller's report pages open on, as picking it on a page does. */
export async function PUT(request: Request) {
  return commandResponse(request, rememberReportPeriodCommand);
}
