"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { COMMENT_TEXT_MAX } from "@/lib/draft/comment-schemas";
import { addDraftCommentAction } from "@/lib/draft/actions";

/** A leader's comment on the opened version: on the whole báo cáo or on one of its headings. */
export function CommentForm(props: {
  version: { id: number; number: number };
  headings: { id: string; text: string }[];
}) {
  const router = useRouter();
  const ready = useHydrated();
  const [text, setText] = useState("");
  const [blockId, setBlockId] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await addDraftCommentAction({ versionId: props.version.id, blockId: blockId || null, text });
      if (!result.ok) {
        setMessage({ ok: false, text: Object.values(result.fieldErrors ?? {})[0] ?? result.error });
        return;
      }
      setText("");
      setBlockId("");
      setMessage({ ok: true, text: `Đã gửi góp ý cho phiên bản ${props.version.number}` });
      router.refresh();
    });
  }
  return (
    <form onSubmit={submit} aria-label="Góp ý cho dự thảo" className="space-y-2">
      <fieldset disabled={!ready || pending} className="space-y-2">
        <label className="block text-sm">
          <span className="text-slate-700">Góp ý cho</span>
          <select
            value={blockId}
            onChange={(e) => setBlockId(e.target.value)}
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            <option value="">Toàn bộ báo cáo</option>
            {props.headings.map((h) => (
              <option key={h.id} value={h.id}>
                {h.text.length > 70 ? `${h.text.slice(0, 70)}…` : h.text}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="text-slate-700">Nội dung góp ý</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={4}
            maxLength={COMMENT_TEXT_MAX}
            className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
        <button
          type="submit"
          className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-50"
        >
          {pending ? "Đang gửi…" : "Gửi góp ý"}
        </button>
      </fieldset>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
