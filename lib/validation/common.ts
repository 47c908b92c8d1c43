import { z } from "@/lib/validation/zod";

/**
 * The zod pieces every input shares: forms, server actions and API routes validate years,
 * months, a department's month and row versions with these, so the same input is refused
 * with the same message (and the same 422) wherever it arrives.
 */

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
const YEAR_INVALID = "Năm không hợp lệ";
const YEAR_RANGE = `Năm phải từ ${YEAR_MIN} đến ${YEAR_MAX}`;
const MONTH_INVALID = "Tháng phải từ 1 đến 12";
const VERSION_INVALID = "Phiên bản không hợp lệ";

/** A plan year sent as a JSON number. A malformed year is bad input (422) everywhere; a well-formed one without a plan is 404, a plan not open 409. */
export const yearSchema = z
  .number({ message: YEAR_INVALID })
  .int(YEAR_INVALID)
  .min(YEAR_MIN, YEAR_RANGE)
  .max(YEAR_MAX, YEAR_RANGE);

/** The same year typed in a form, a FormData field or a path segment ("2024"). */
export const yearInputSchema = z.coerce
  .number({ message: YEAR_INVALID })
  .int(YEAR_INVALID)
  .min(YEAR_MIN, YEAR_RANGE)
  .max(YEAR_MAX, YEAR_RANGE);

export const monthSchema = z
  .number({ message: MONTH_INVALID })
  .int(MONTH_INVALID)
  .min(1, MONTH_INVALID)
  .max(12, MONTH_INVALID);

export const departmentCodeSchema = z
  .string({ message: "Thiếu mã đơn vị" })
  .min(1, "Thiếu mã đơn vị")
  .max(50, "Mã đơn vị quá dài");

/** A department's month: what entry, narrative and workflow act on ({department, year, month}). */
export const submissionKeySchema = z.object({ department: departmentCodeSchema, year: yearSchema, month: monthSchema });
export type SubmissionRef = z.infer<typeof submissionKeySchema>;

/** /submissions/{dept}/{year}/{month} as a submission reference (the path's numbers as numbers; "abc" stays invalid). */
export function submissionRefFromPath(params: {
  dept: string;
  year: string;
  month: string;
}): Record<keyof SubmissionRef, unknown> {
  const number = (raw: string) => (raw.trim() === "" ? Number.NaN : Number(raw));
  return { department: params.dept, year: number(params.year), month: number(params.month) };
}

/** The version of a row the client last saw: another current version is a conflict (409); 0 when none was stored yet. */
export const versionSchema = z.number({ message: VERSION_INVALID }).int(VERSION_INVALID).nonnegative(VERSION_INVALID);

/** The version of a plan row (plan years, indicators, departments start at 1), typed in a form or sent as JSON. */
export const planVersionSchema = z.coerce
  .number({ message: VERSION_INVALID })
  .int(VERSION_INVALID)
  .min(1, VERSION_INVALID);
