import type { SubmissionState } from "@/db/schema";
import type { Permission } from "@/lib/auth/permissions";

/** The monthly submission workflow (issue 3): draft → submitted → approved | returned → … */
export const WORKFLOW_ACTIONS = ["submit", "approve", "return", "reopen"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

interface Transition {
  from: readonly SubmissionState[];
  to: SubmissionState;
  /** who may take it (lib/auth/permissions.ts), for the submission's department */
  permission: Permission;
  /** the refusal of someone without the permission */
  refusal: string;
  needsReason: boolean;
}

const REVIEW_REFUSAL = "Chỉ chuyên viên tổng hợp được duyệt, trả lại hoặc mở lại báo cáo";

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  submit: {
    from: ["draft", "returned"],
    to: "submitted",
    permission: "submission.submit",
    refusal: "Chỉ lãnh đạo sở, ngành được gửi báo cáo",
    needsReason: false,
  },
  approve: {
    from: ["submitted"],
    to: "approved",
    permission: "submission.review",
    refusal: REVIEW_REFUSAL,
    needsReason: false,
  },
  return: {
    from: ["submitted"],
    to: "returned",
    permission: "submission.review",
    refusal: REVIEW_REFUSAL,
    needsReason: true,
  },
  reopen: {
    from: ["approved"],
    to: "returned",
    permission: "submission.review",
    refusal: REVIEW_REFUSAL,
    needsReason: true,
  },
};

export type TransitionCheck = { ok: true; to: SubmissionState } | { ok: false; status: 409 | 422; error: string };

const STATE_NAMES: Record<SubmissionState, string> = {
  draft: "đang nhập",
  submitted: "đã gửi",
  approved: "đã duyệt",
  returned: "bị trả lại",
};

/** Whether `action` may be taken on a submission in `state` (who may take it: the permission, checked by the caller). */
export function checkTransition(
  action: WorkflowAction,
  state: SubmissionState,
  reason?: string | null,
): TransitionCheck {
  const t = TRANSITIONS[action];
  if (!t.from.includes(state))
    return {
      ok: false,
      status: 409,
      error: `Báo cáo đang ở trạng thái "${STATE_NAMES[state]}", không thể thực hiện thao tác này`,
    };
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
