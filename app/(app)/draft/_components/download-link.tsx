"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";

/**
 * A download of the báo cáo that first asks when there is something to know about the file
 * (sections left empty, changes not saved yet): the warnings are shown with "Vẫn tải" and "Hủy".
 * Without warnings it is a plain link. With warnings it is a button, disabled until the page
 * runs, so that a click can never skip the question.
 */
export function DownloadLink(props: { href: string; label: string; warnings: string[]; className?: string }) {
  const mounted = useHydrated();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLAnchorElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);

  if (props.warnings.length === 0) {
    return (
      <a href={props.href} download className={props.className}>
        {props.label}
      </a>
    );
  }
  return (
    <>
      <button
        type="button"
        disabled={!mounted}
        aria-haspopup="dialog"
        aria-expanded={asking}
        onClick={() => setAsking(true)}
        className={props.className}
      >
        {props.label}
      </button>
      {asking && (
        <div
          role="alertdialog"
          aria-labelledby={titleId}
          onKeyDown={(e) => e.key === "Escape" && setAsking(false)}
          className="order-last basis-full space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950"
        >
          <p id={titleId} className="font-semibold">
            Tải về khi dự thảo chưa hoàn chỉnh?
          </p>
          {props.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
          <div className="flex flex-wrap gap-2">
            <a
              ref={confirm}
              href={props.href}
              download
              onClick={() => setAsking(false)}
              className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800"
            >
              Vẫn tải
            </a>
            <button
              type="button"
              onClick={() => setAsking(false)}
              className="rounded bg-white px-3 py-1 ring-1 ring-slate-300 hover:bg-slate-100"
            >
              Hủy
            </button>
          </div>
        </div>
      )}
    </>
  );
}
