"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { guardedMutation } from "@/lib/actions/guard";
import { DomainError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canAccessDepartment } from "@/lib/auth/scope";
import { findDepartmentByCode } from "@/lib/catalogue/queries";
import { WORKFLOW_ACTIONS } from "@/lib/workflow/transitions";
import { transitionSubmission } from "@/lib/workflow/service";
import { saveNarrative } from "./save-narrative";
import { saveValues, type SubmissionKey } from "./save-values";
import { narrativeSchema, optionalReasonSchema, saveValuesSchema } from "./schemas";

// strict: a field the action does not know is refused, not silently dropped
const monthRef = z
  .object({
    department: z.string({ message: "Thiếu mã đơn vị" }).min(1, "Thiếu mã đơn vị").max(50, "Mã đơn vị quá dài"),
    year: z.number({ message: "Năm không hợp lệ" }).int("Năm không hợp lệ").min(2000, "Năm không hợp lệ").max(2100, "Năm không hợp lệ"),
    month: z.number({ message: "Tháng phải từ 1 đến 12" }).int("Tháng phải từ 1 đến 12").min(1, "Tháng phải từ 1 đến 12").max(12, "Tháng phải từ 1 đến 12"),
  })
  .strict();

/** Resolves the department inside the transaction and re-checks the user's scope at the data. */
function scopedKey(tx: Tx, user: CurrentUser, ref: z.infer<typeof monthRef>): SubmissionKey {
  const department = findDepartmentByCode(tx, ref.department);
  if (!department) throw new DomainError(404, `Không có đơn vị mã "${ref.department}"`);
  if (!canAccessDepartment(user, department.id)) throw new DomainError(403, "Không có quyền với số liệu của đơn vị khác");
  return { departmentId: department.id, year: ref.year, month: ref.month };
}

const saveMonth = guardedMutation({ roles: ["officer", "dept_head"], schema: monthRef.extend(saveValuesSchema.shape) }, ({ user, input, tx }) => {
  const { department: _d, year: _y, month: _m, ...payload } = input;
  return { values: saveValues(tx, user.id, scopedKey(tx, user, input), payload) };
});

export async function saveMonthValuesAction(raw: unknown) {
  const result = await saveMonth(raw);
  if (result.ok) revalidatePath("/entry", "layout");
  return result;
}

const saveText = guardedMutation({ roles: ["officer", "dept_head"], schema: monthRef.extend(narrativeSchema.shape) }, ({ user, input, tx }) =>
  saveNarrative(tx, user.id, scopedKey(tx, user, input), input),
);

export async function saveNarrativeAction(raw: unknown) {
  return saveText(raw);
}

const workflowSchema = monthRef.extend({ action: z.enum(WORKFLOW_ACTIONS, { message: "Thao tác không hợp lệ" }), ...optionalReasonSchema.shape });

// transitionSubmission refuses a role that may not take the action (lib/workflow/transitions.ts)
const moveSubmission = guardedMutation({ roles: ["dept_head", "planner", "admin"], schema: workflowSchema }, ({ user, input, tx }) =>
  transitionSubmission(tx, user, scopedKey(tx, user, input), input.action, input.reason, input.fields),
);

export async function workflowAction(raw: unknown) {
  const result = await moveSubmission(raw);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
