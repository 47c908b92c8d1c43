"use client";

import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";

const PANEL_ID = "site-menu";

/**
 * The header's navigation and account links. From lg up they sit in the header's row (the
 * panel is `display: contents`, its children laid out by the header); below lg they fold
 * behind a "Menu" button, so a phone's header is one row. The panel opens under the row; a
 * link, Escape or the button closes it, and Escape gives the focus back to the button.
 */
export function HeaderMenu({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const ready = useHydrated();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        disabled={!ready}
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen((o) => !o)}
        className="ml-auto flex items-center gap-1.5 rounded px-2 py-1 text-sm font-medium ring-1 ring-white/40 hover:bg-white/10 lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          {open ? (
            <path d="M5.3 4 10 8.7 14.7 4 16 5.3 11.3 10l4.7 4.7-1.3 1.3-4.7-4.7L5.3 16 4 14.7 8.7 10 4 5.3z" />
          ) : (
            <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
          )}
        </svg>
        Menu
      </button>
      <div
        id={PANEL_ID}
        data-open={open ? "true" : "false"}
        className={`${open ? "flex" : "hidden"} basis-full flex-col gap-2 border-t border-white/20 pt-2 lg:contents`}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("a")) setOpen(false);
        }}
      >
        {children}
      </div>
    </>
  );
}
