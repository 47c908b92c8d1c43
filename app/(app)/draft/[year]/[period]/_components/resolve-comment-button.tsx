"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { resolveDraftCommentAction } from "@/lib/draft/actions";

/** A planner marks a leader's comment done. */
export function ResolveCommentButton({ commentId }: { commentId: number }) {
  const router = useRouter();
  const ready = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function resolve() {
    startTransition(async () => {
      const result = await resolveDraftCommentAction({ commentId });
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  }
  return (
    <>
      <button
        type="button"
        disabled={!ready || pending}
        onClick={resolve}
        className="rounded px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-300 hover:bg-emerald-50 disabled:opacity-50"
      >
        Đánh dấu đã xử lý
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
