"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { closePlanYearAction, openPlanYearAction, reopenPlanYearAction } from "@/lib/admin/actions/plan-years";
import { reopenPlanYearSchema } from "@/lib/admin/schemas";
import type { UnapprovedSubmission } from "@/lib/admin/plan-years";
import type { PlanYearStatus } from "@/db/schema/vocabulary";
import { SUBMISSION_STATE_LABELS, lowerLabel } from "@/lib/vocabulary/labels";
import {
  Field,
  Message,
  buttonClass,
  dangerButtonClass,
  inputClass,
  secondaryButtonClass,
} from "../../_components/field";
import { ActionForm } from "../../_components/action-form";
import { useActionForm } from "../../_components/use-action-form";

/** Open a year in preparation; close an open one (warning first about unapproved months); reopen a closed one with a reason. */
export function YearStatusActions({
  year,
  status,
  version,
}: {
  year: number;
  status: PlanYearStatus;
  version: number;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<{ text: string; unapproved: UnapprovedSubmission[] } | null>(null);

  const run = (fn: () => Promise<{ ok: boolean; error?: string; details?: unknown }>) =>
    startTransition(async () => {
      const result = await fn();
      if (result.ok) {
        setError(null);
        setWarning(null);
        router.refresh();
        return;
      }
      const details = result.details as
        { needsConfirmation?: boolean; unapproved?: UnapprovedSubmission[] } | undefined;
      if (details?.needsConfirmation) setWarning({ text: result.error ?? "", unapproved: details.unapproved ?? [] });
      else setError(result.error ?? "Không thực hiện được");
    });

  if (status === "closed") return <ReopenYearForm year={year} version={version} />;
  return (
    <div className="space-y-2">
      {status === "draft" ? (
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={() => run(() => openPlanYearAction({ year, version }))}
        >
          {`Mở năm ${year}`}
        </button>
      ) : (
        !warning && (
          <button
            type="button"
            className={dangerButtonClass}
            disabled={pending}
            onClick={() => run(() => closePlanYearAction({ year, version }))}
          >
            {`Khóa sổ năm ${year}`}
          </button>
        )
      )}
      {warning && (
        <div
          role="alertdialog"
          aria-label={`Xác nhận khóa sổ năm ${year}`}
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <p>{warning.text}</p>
          <ul className="max-h-40 list-disc overflow-y-auto pl-5">
            {warning.unapproved.slice(0, 30).map((u) => (
              <li key={`${u.department}-${u.month}`}>
                {u.department}, tháng {u.month}: {lowerLabel(SUBMISSION_STATE_LABELS[u.state])}
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={dangerButtonClass}
              disabled={pending}
              onClick={() => run(() => closePlanYearAction({ year, version, confirm: true }))}
            >
              Vẫn khóa sổ
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setWarning(null)}>
              Hủy
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function ReopenYearForm({ year, version }: { year: number; version: number }) {
  const { form, onSubmit, message } = useActionForm(
    reopenPlanYearSchema,
    reopenPlanYearAction,
    { year, version, reason: "" },
    { success: () => `Đã mở lại năm ${year}` },
  );
  const { register, formState } = form;
  return (
    <ActionForm onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" label={`Mở lại năm ${year}`}>
      <Field
        id={`reopen-${year}`}
        label="Lý do mở lại"
        error={formState.errors.reason?.message}
        className="min-w-0 flex-1"
      >
        <input id={`reopen-${year}`} className={inputClass} {...register("reason")} />
      </Field>
      <button type="submit" disabled={formState.isSubmitting} className={secondaryButtonClass}>
        {`Mở lại năm ${year}`}
      </button>
      <Message message={message} />
    </ActionForm>
  );
}
