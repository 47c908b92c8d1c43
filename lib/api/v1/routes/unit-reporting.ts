import { unitReportingCommand } from "@/lib/admin/commands";
import type { PathParams } from "@/lib/api/path-params";
import { commandResponse } from "@/lib/commands/http";

/**
 * PUT /api/v1/plans/{year}/indicators/{code}/unit-reporting {"kind":"district"|"commune"}: every
 * unit of the kind valid that year reports the indicator through its own share (created where
 * missing; admin, planners where the year allows).
 */
export async function PUT(request: Request, { params }: PathParams<{ year: string; code: string }>) {
  const { year, code } = await params;
  return commandResponse(request, unitReportingCommand, { year, code });
}
