"use client";

import { useEffect, useId, useRef } from "react";
import { Button, type ButtonVariant } from "./button";

/**
 * The one confirmation before a consequential action (submit, approve, return, reopen, bulk
 * approve): a modal <dialog> (focus kept inside, Escape cancels) whose title and text name what
 * is acted on. `children` may hold inputs (a reason); `error` is shown inside, the dialog stays
 * open until the action succeeds or is cancelled.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  variant: ButtonVariant;
  pending?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const { open } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={open ? bodyId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        if (!props.pending) props.onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      {open && (
        // not a <form>: the dialog may sit inside the page's form (the month's entry form), and forms do not nest
        <div className="space-y-3 p-4">
          <h2 id={titleId} className="text-lg font-semibold">
            {props.title}
          </h2>
          <div id={bodyId} className="space-y-2 text-sm text-slate-700">
            {props.children}
          </div>
          {props.error && (
            <p role="alert" className="text-sm text-red-700">
              {props.error}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="neutral" onClick={props.onCancel} disabled={props.pending}>
              Hủy
            </Button>
            <Button variant={props.variant} disabled={props.pending} onClick={props.onConfirm}>
              {props.pending ? "Đang xử lý…" : props.confirmLabel}
            </Button>
          </div>
        </div>
      )}
    </dialog>
  );
}
