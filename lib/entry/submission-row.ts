import type { Tx } from "@/db/client";
import type { SubmissionState } from "@/db/schema";
import { rawClient, statement } from "@/db/raw";
import { DomainError } from "@/lib/errors";
import { notReportingMessage, type UnitSpan } from "@/lib/units/unit-months";

export interface SubmissionRow {
  id: number;
  state: SubmissionState;
  returnReason: string | null;
  returnFields: string[] | null;
  version: number;
}

/**
 * The submission of a department's month, created as a draft on first use. Refused for a month
 * the unit does not report in (a district after June 2025, a commune before July 2025, a
 * department merged into another): every change to a month's report comes through here.
 */
export function ensureSubmission(tx: Tx, departmentId: number, year: number, month: number): SubmissionRow {
  const client = rawClient(tx);
  const unit = statement(
    client,
    "select name, valid_from as validFrom, valid_to as validTo, valid_from_month as validFromMonth, valid_to_month as validToMonth from departments where id = ?",
  ).get(departmentId) as (UnitSpan & { name: string }) | undefined;
  const refusal = unit && notReportingMessage(unit, year, month);
  if (refusal) throw new DomainError(409, refusal);
  statement(
    client,
    "insert into submissions (department_id, year, month, state) values (?, ?, ?, 'draft') on conflict do nothing",
  ).run(departmentId, year, month);
  const row = statement(
    client,
    "select id, state, return_reason as returnReason, return_fields as returnFields, version from submissions where department_id = ? and year = ? and month = ?",
  ).get(departmentId, year, month) as Omit<SubmissionRow, "returnFields"> & { returnFields: string | null };
  return { ...row, returnFields: row.returnFields ? (JSON.parse(row.returnFields) as string[]) : null };
}

/** Refuses changes to a year that does not exist or is closed. */
export function requireOpenYear(tx: Tx, year: number): void {
  const plan = statement(rawClient(tx), "select status from plan_years where year = ?").get(year) as
    { status: string } | undefined;
  if (!plan) throw new DomainError(404, `Chưa có kế hoạch năm ${year}`);
  if (plan.status === "draft")
    throw new DomainError(409, `Kế hoạch năm ${year} đang được chuẩn bị, chưa mở để nhập số liệu`);
  if (plan.status !== "open") throw new DomainError(409, `Năm kế hoạch ${year} đã khóa sổ; không thể thay đổi số liệu`);
}
