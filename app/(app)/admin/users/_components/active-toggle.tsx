"use client";

import { useState, useTransition } from "react";
import { setUserActiveAction } from "@/lib/users/actions";

export function ActiveToggle({ userId, active, username }: { userId: number; active: boolean; username: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        aria-label={`${active ? "Vô hiệu hóa" : "Kích hoạt"} ${username}`}
        onClick={() =>
          startTransition(async () => {
            const result = await setUserActiveAction({ userId, active: !active });
            setError(result.ok ? null : result.error);
          })
        }
        className={`rounded px-2 py-1 text-xs font-medium ${active ? "bg-red-50 text-red-800 ring-1 ring-red-200 hover:bg-red-100" : "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200 hover:bg-emerald-100"} disabled:opacity-50`}
      >
        {pending ? "Đang lưu…" : active ? "Vô hiệu hóa" : "Kích hoạt"}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
