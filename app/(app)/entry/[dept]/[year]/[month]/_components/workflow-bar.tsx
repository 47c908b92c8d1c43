"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { workflowAction } from "@/lib/entry/actions";
import type { WorkflowAction } from "@/lib/workflow/transitions";

export interface WorkflowPermissions {
  submit: boolean;
  approve: boolean;
  return: boolean;
  reopen: boolean;
}

const LABELS: Record<WorkflowAction, string> = {
  submit: "Gửi báo cáo",
  approve: "Duyệt",
  return: "Trả lại",
  reopen: "Mở lại",
};

/** The month's workflow buttons; returning and reopening ask for a reason. */
export function WorkflowBar(props: {
  department: string;
  year: number;
  month: number;
  can: WorkflowPermissions;
  flagged: () => string[];
  blocked?: string | null;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function run(action: WorkflowAction) {
    startTransition(async () => {
      const result = await workflowAction({
        department: props.department,
        year: props.year,
        month: props.month,
        action,
        ...(asking ? { reason } : {}),
        ...(action === "return" ? { fields: props.flagged() } : {}),
      });
      if (result.ok) {
        setAsking(null);
        setReason("");
        setMessage({ ok: true, text: `${LABELS[action]}: thành công` });
        router.refresh();
      } else {
        setMessage({ ok: false, text: result.error });
      }
    });
  }

  const actions = (Object.keys(LABELS) as WorkflowAction[]).filter((a) => props.can[a]);
  if (actions.length === 0) return null;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={pending || (action === "submit" && Boolean(props.blocked))}
            title={action === "submit" && props.blocked ? props.blocked : undefined}
            onClick={() => (action === "return" || action === "reopen" ? setAsking(action) : run(action))}
            className={`rounded-md px-3 py-1.5 text-sm font-semibold disabled:opacity-50 ${action === "return" ? "bg-red-700 text-white hover:bg-red-800" : "bg-brand-700 text-white hover:bg-brand-800"}`}
          >
            {LABELS[action]}
          </button>
        ))}
      </div>
      {asking && (
        <div className="space-y-2">
          <label htmlFor="workflow-reason" className="block text-sm font-medium">
            Lý do {asking === "return" ? "trả lại" : "mở lại"}
          </label>
          <textarea
            id="workflow-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            className="w-full rounded-md border border-slate-300 p-2 text-sm"
          />
          <div className="flex gap-2">
            <button
              type="button"
              disabled={pending}
              onClick={() => run(asking)}
              className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
            >
              Xác nhận {LABELS[asking].toLowerCase()}
            </button>
            <button
              type="button"
              onClick={() => setAsking(null)}
              className="rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300"
            >
              Hủy
            </button>
          </div>
        </div>
      )}
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
