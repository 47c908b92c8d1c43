import { z } from "@/lib/validation/zod";
import { defineCommand } from "@/lib/commands/command";
import { resolveSubmission } from "@/lib/entry/submission-scope";
import { ensureSubmission } from "@/lib/entry/submission-row";
import { DomainError } from "@/lib/errors";
import { submissionKeySchema, versionSchema } from "@/lib/validation/common";
import { TRANSITIONS } from "./transitions";
import { transitionSubmission } from "./service";

export const BULK_APPROVE_MAX = 500;

/** One submitted month of the batch, with the version the planner saw on the review grid. */
const bulkItemSchema = submissionKeySchema.extend({ version: versionSchema }).strict();

/** The review grid's selection (the same schema for the server action and POST /api/v1/submissions/bulk-approve). */
export const bulkApproveSchema = z
  .object({
    submissions: z
      .array(bulkItemSchema, { message: "Danh sách báo cáo cần duyệt không hợp lệ" })
      .min(1, "Chọn ít nhất một báo cáo để duyệt")
      .max(BULK_APPROVE_MAX, `Mỗi lần duyệt tối đa ${BULK_APPROVE_MAX} báo cáo`),
  })
  .strict()
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.submissions.forEach((s, index) => {
      const key = `${s.department}:${s.year}:${s.month}`;
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["submissions", index],
          message: `Báo cáo tháng ${s.month}/${s.year} của đơn vị ${s.department} được chọn hai lần`,
        });
      seen.add(key);
    });
  });

export interface BulkApproved {
  department: string;
  year: number;
  month: number;
  state: "approved";
  version: number;
}

/**
 * Approves several submitted months at once, all or nothing: each is scope-checked and
 * version-checked as read on the grid, then approved with its own audit entry
 * (`submission_approve`, as a single approval). The first refusal names its department and
 * month and rolls the whole batch back.
 */
export const bulkApproveCommand = defineCommand({
  permission: TRANSITIONS.approve.permission,
  input: bulkApproveSchema,
  run: (tx, user, input) => {
    const approved: BulkApproved[] = [];
    for (const item of input.submissions) {
      let where = `Đơn vị ${item.department}, tháng ${item.month}/${item.year}`;
      try {
        const key = resolveSubmission(tx, user, item);
        where = `${key.department.name}, tháng ${item.month}/${item.year}`;
        const current = ensureSubmission(tx, key.departmentId, key.year, key.month);
        if (current.version !== item.version)
          throw new DomainError(
            409,
            "báo cáo vừa được thay đổi sau khi trang được mở; tải lại trang rồi chọn duyệt lại",
          );
        transitionSubmission(tx, user, key, "approve");
        approved.push({ ...refOf(item), state: "approved", version: current.version + 1 });
      } catch (error) {
        if (error instanceof DomainError)
          throw new DomainError(
            error.status,
            `Không duyệt được: ${where}: ${error.message}. Chưa báo cáo nào được duyệt.`,
            error.fieldErrors,
            error.details,
          );
        throw error;
      }
    }
    return { approved };
  },
});

const refOf = (item: { department: string; year: number; month: number }) => ({
  department: item.department,
  year: item.year,
  month: item.month,
});
