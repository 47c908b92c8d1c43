"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { secondaryButtonClass } from "./field";

/** One click, one server action with a fixed payload; an optional browser confirmation first; the refusal shown beside it. */
export function ActionButton({
  action,
  payload,
  label,
  ariaLabel,
  confirm,
  className = secondaryButtonClass,
}: {
  action: (raw: unknown) => Promise<ActionResult<unknown>>;
  payload: unknown;
  label: string;
  ariaLabel?: string;
  confirm?: string;
  className?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        aria-label={ariaLabel}
        className={className}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await action(payload);
            setError(result.ok ? null : result.error);
            if (result.ok) router.refresh();
          });
        }}
      >
        {pending ? "Đang xử lý…" : label}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
