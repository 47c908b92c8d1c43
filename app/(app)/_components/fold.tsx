"use client";

import { useState } from "react";

/**
 * Opens a long table or list folded to its first rows. The rows past them carry
 * `data-fold-extra`; while this button, a child of the same parent, is not expanded,
 * app/globals.css hides them (on screen; printed whole). One table, so the columns keep
 * their widths when it opens.
 */
export function FoldButton({ controls, more }: { controls: string; more: string }) {
  const [open, setOpen] = useState(false);
  return (
    <button
      type="button"
      data-fold-toggle
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => setOpen((o) => !o)}
      className="no-print rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50"
    >
      {open ? "Thu gọn" : more}
    </button>
  );
}
