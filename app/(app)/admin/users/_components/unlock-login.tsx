"use client";

import { useState, useTransition } from "react";
import { unlockLoginAction } from "@/lib/users/actions";

/** For a user whose sign-ins are slowed by failed attempts: the admin forgets them (lib/auth/throttle.ts). */
export function UnlockLogin({ userId, username, failures }: { userId: number; username: string; failures: number }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="mt-1 flex flex-wrap items-center gap-2">
      <span className="text-xs text-amber-800">Đăng nhập bị hạn chế ({failures} lần sai)</span>
      <button
        type="button"
        disabled={pending}
        aria-label={`Mở khóa đăng nhập ${username}`}
        onClick={() =>
          startTransition(async () => {
            const result = await unlockLoginAction({ userId });
            setError(result.ok ? null : result.error);
          })
        }
        className="rounded bg-amber-50 px-2 py-1 text-xs font-medium text-amber-900 ring-1 ring-amber-200 hover:bg-amber-100 disabled:opacity-50"
      >
        {pending ? "Đang mở khóa…" : "Mở khóa đăng nhập"}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
