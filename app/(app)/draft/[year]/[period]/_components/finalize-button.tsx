"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { finalizeDraftAction } from "@/lib/draft/actions";

/** A leader marks the opened version final (chốt), after confirming. */
export function FinalizeButton(props: { version: { id: number; number: number } }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function finalize() {
    startTransition(async () => {
      const result = await finalizeDraftAction({ versionId: props.version.id });
      if (!result.ok) return setError(result.error);
      setConfirming(false);
      router.refresh();
    });
  }
  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-3" aria-label="Chốt phiên bản">
      <p className="text-sm text-slate-700">
        Chốt phiên bản {props.version.number}: số liệu của bản chốt được lưu lại; thay đổi số liệu sau này sẽ hiện thành
        khác biệt so với bản chốt.
      </p>
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={pending}
            onClick={finalize}
            className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-50"
          >
            Xác nhận chốt
          </button>
          <button
            type="button"
            onClick={() => setConfirming(false)}
            className="rounded px-3 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-100"
          >
            Hủy
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
        >
          Chốt phiên bản {props.version.number}
        </button>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
