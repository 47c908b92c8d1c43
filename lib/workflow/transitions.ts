import type { Role, SubmissionState } from "@/db/schema";

/** The monthly submission workflow (issue 3): draft → submitted → approved | returned → … */
export const WORKFLOW_ACTIONS = ["submit", "approve", "return", "reopen"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

interface Transition {
  from: readonly SubmissionState[];
  to: SubmissionState;
  roles: readonly Role[];
  needsReason: boolean;
  /** whether the actor must belong to the submission's department */
  ownDepartment: boolean;
}

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  submit: { from: ["draft", "returned"], to: "submitted", roles: ["dept_head"], needsReason: false, ownDepartment: true },
  approve: { from: ["submitted"], to: "approved", roles: ["planner", "admin"], needsReason: false, ownDepartment: false },
  return: { from: ["submitted"], to: "returned", roles: ["planner", "admin"], needsReason: true, ownDepartment: false },
  reopen: { from: ["approved"], to: "returned", roles: ["planner", "admin"], needsReason: true, ownDepartment: false },
};

export type TransitionCheck = { ok: true; to: SubmissionState } | { ok: false; status: 403 | 409 | 422; error: string };

const STATE_NAMES: Record<SubmissionState, string> = { draft: "đang nhập", submitted: "đã gửi", approved: "đã duyệt", returned: "bị trả lại" };

/** Whether `role` may take `action` on a submission in `state` (department scope is checked by the caller). */
export function checkTransition(action: WorkflowAction, state: SubmissionState, role: Role, reason?: string | null): TransitionCheck {
  const t = TRANSITIONS[action];
  if (!t.roles.includes(role)) {
    const who = action === "submit" ? "Chỉ lãnh đạo sở, ngành được gửi báo cáo" : "Chỉ chuyên viên tổng hợp được duyệt, trả lại hoặc mở lại báo cáo";
    return { ok: false, status: 403, error: who };
  }
  if (!t.from.includes(state)) return { ok: false, status: 409, error: `Báo cáo đang ở trạng thái "${STATE_NAMES[state]}", không thể thực hiện thao tác này` };
  if (t.needsReason && !reason?.trim()) return { ok: false, status: 422, error: "Vui lòng nhập lý do" };
  return { ok: true, to: t.to };
}

/** Values of a month can be changed only while it is being prepared. */
export function isEditable(state: SubmissionState): boolean {
  return state === "draft" || state === "returned";
}

export function lockedMessage(state: SubmissionState): string {
  return state === "approved"
    ? "Báo cáo tháng này đã được duyệt và khóa; cần chuyên viên tổng hợp mở lại để sửa"
    : "Báo cáo tháng này đã gửi, đang chờ duyệt; không thể sửa số liệu";
}
