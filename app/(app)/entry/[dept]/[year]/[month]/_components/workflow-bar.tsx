"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, type ButtonVariant } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { showToast } from "@/app/_components/toast";
import { markReadyAction, workflowAction } from "@/lib/entry/actions";
import { nextStepMessage } from "@/lib/workflow/next-step";
import { formatViDateTime } from "@/lib/text/datetime";
import type { WorkflowAction } from "@/lib/workflow/transitions";
import type { UnitKind } from "@/db/schema/vocabulary";
import { UNIT_HEAD_LABELS } from "@/lib/vocabulary/labels";

export interface WorkflowPermissions {
  submit: boolean;
  approve: boolean;
  return: boolean;
  reopen: boolean;
  /** an officer may tell the head the month is entered */
  ready: boolean;
}

/** The month a bar acts on, named in its confirmations and messages. */
export interface WorkflowMonth {
  department: string;
  departmentName: string;
  /** the unit's kind: whose head sends the month ("lãnh đạo sở", "lãnh đạo UBND huyện") */
  unitKind: UnitKind;
  year: number;
  month: number;
  /** the month's due date (ISO), from the plan year's cut-off settings */
  due: string;
  /** the user sends the department's months himself (dept_head) */
  sends: boolean;
  /** when an officer said the month is entered (shown as a time), until it is sent */
  readyAt: string | null;
}

const LABELS: Record<WorkflowAction, string> = {
  submit: "Gửi báo cáo",
  approve: "Duyệt",
  return: "Trả lại",
  reopen: "Mở lại",
};

/** the dialog's title starts with what is done: "Gửi báo cáo tháng 12/2024 của …?" */
const VERBS: Record<WorkflowAction, string> = {
  submit: "Gửi",
  approve: "Duyệt",
  return: "Trả lại",
  reopen: "Mở lại",
};

const VARIANTS: Record<WorkflowAction, ButtonVariant> = {
  submit: "approve",
  approve: "approve",
  return: "danger",
  reopen: "danger",
};

/** The month's workflow buttons: each asks for confirmation naming the month and department; returning and reopening ask for a reason. */
export function WorkflowBar(props: {
  month: WorkflowMonth;
  can: WorkflowPermissions;
  flagged: () => string[];
  blocked?: string | null;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const m = props.month;
  const monthName = `tháng ${m.month}/${m.year} của ${m.departmentName}`;
  const next = (event: WorkflowAction | "ready") =>
    nextStepMessage({ ...m, event, due: new Date(m.due), today: new Date() });

  function run(action: WorkflowAction) {
    startTransition(async () => {
      const needsReason = action === "return" || action === "reopen";
      const result = await workflowAction({
        department: m.department,
        year: m.year,
        month: m.month,
        action,
        ...(needsReason ? { reason } : {}),
        ...(action === "return" ? { fields: props.flagged() } : {}),
      });
      if (!result.ok) return setError(result.error);
      setAsking(null);
      setReason("");
      setError(null);
      showToast(next(action));
      router.refresh();
    });
  }

  function markReady() {
    startTransition(async () => {
      const result = await markReadyAction({ department: m.department, year: m.year, month: m.month });
      if (!result.ok) return setError(result.error);
      setError(null);
      showToast(next("ready"));
      router.refresh();
    });
  }

  const actions = (Object.keys(LABELS) as WorkflowAction[]).filter((a) => props.can[a]);
  if (actions.length === 0 && !props.can.ready) return null;
  const flaggedCount = asking === "return" ? props.flagged().length : 0;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-2">
        {props.can.ready && (
          <Button variant="approve" disabled={pending} onClick={markReady}>
            Báo {UNIT_HEAD_LABELS[m.unitKind]}: đã nhập xong
          </Button>
        )}
        {m.readyAt && (props.can.ready || props.can.submit) && (
          <span className="text-sm text-slate-700" data-testid="ready-at">
            Cán bộ đã báo nhập xong lúc {formatViDateTime(m.readyAt)}
          </span>
        )}
        {actions.map((action) => (
          <Button
            key={action}
            variant={VARIANTS[action]}
            disabled={pending || (action === "submit" && Boolean(props.blocked))}
            title={action === "submit" && props.blocked ? props.blocked : undefined}
            onClick={() => {
              setError(null);
              setAsking(action);
            }}
          >
            {LABELS[action]}
          </Button>
        ))}
      </div>
      {!asking && error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking ? `${VERBS[asking]} báo cáo ${monthName}?` : ""}
        confirmLabel={asking ? `Xác nhận ${LABELS[asking].toLowerCase()}` : ""}
        variant={asking ? VARIANTS[asking] : "neutral"}
        pending={pending}
        error={error}
        onConfirm={() => asking && run(asking)}
        onCancel={() => {
          setAsking(null);
          setError(null);
        }}
      >
        {asking === "submit" && (
          <p>Sau khi gửi, số liệu tháng này bị khóa cho đến khi chuyên viên tổng hợp duyệt hoặc trả lại.</p>
        )}
        {asking === "approve" && <p>Sau khi duyệt, số liệu tháng này được khóa và dùng cho báo cáo của tỉnh.</p>}
        {asking === "return" && (
          <p>
            Đơn vị sẽ sửa rồi gửi lại.{" "}
            {flaggedCount > 0
              ? `${flaggedCount} chỉ tiêu được đánh dấu cần sửa.`
              : "Chưa đánh dấu chỉ tiêu nào cần sửa."}
          </p>
        )}
        {asking === "reopen" && <p>Báo cáo đã duyệt sẽ mở lại để đơn vị điều chỉnh rồi gửi lại.</p>}
        {(asking === "return" || asking === "reopen") && (
          <>
            <label htmlFor="workflow-reason" className="block font-medium text-slate-900">
              Lý do {asking === "return" ? "trả lại" : "mở lại"}
            </label>
            <textarea
              id="workflow-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={3}
              className="w-full rounded-md border border-slate-300 p-2 text-sm"
            />
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
