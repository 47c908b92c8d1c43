import { unitReportingCommand, withdrawUnitReportingCommand } from "@/lib/admin/commands";
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

/**
 * DELETE /api/v1/plans/{year}/indicators/{code}/unit-reporting: takes it back for the year (the
 * shares leave the plan with their targets), refused once a unit entered a figure of its share.
 */
export async function DELETE(request: Request, { params }: PathParams<{ year: string; code: string }>) {
  const { year, code } = await params;
  return commandResponse(request, withdrawUnitReportingCommand, { year, code });
}
