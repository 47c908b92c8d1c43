"use client";

import { useEffect, useSyncExternalStore } from "react";

/**
 * The toast after an action (issue 16): kept in the tab's sessionStorage so that it survives
 * the page's revalidation, a router.push or a reload, and shown until the user closes it
 * (one at a time: a new one replaces it). An old one (over 2 minutes) is not shown again on a
 * later page.
 */
const KEY = "chi-tieu:toast";
const EVENT = "chi-tieu:toast";
const STALE_MS = 120_000;

interface StoredToast {
  text: string;
  at: number;
}

export function showToast(text: string): void {
  const toast: StoredToast = { text, at: Date.now() };
  window.sessionStorage.setItem(KEY, JSON.stringify(toast));
  window.dispatchEvent(new Event(EVENT));
}

function parseToast(raw: string | null): StoredToast | null {
  if (!raw) return null;
  try {
    const toast = JSON.parse(raw) as StoredToast;
    return typeof toast.text === "string" && typeof toast.at === "number" ? toast : null;
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  return () => window.removeEventListener(EVENT, onChange);
}

/** Where toasts show: once in the app's layout. The live region is always there, so a new toast is announced. */
export function Toaster() {
  const raw = useSyncExternalStore(
    subscribe,
    () => window.sessionStorage.getItem(KEY),
    () => null,
  );
  const toast = parseToast(raw);

  useEffect(() => {
    // a toast left from long ago is dropped rather than shown on an unrelated page
    const stored = parseToast(window.sessionStorage.getItem(KEY));
    if (stored && Date.now() - stored.at > STALE_MS) dismiss();
  }, []);

  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="toast"
      className="no-print pointer-events-none fixed inset-x-4 bottom-20 z-50 flex justify-end sm:bottom-4 sm:left-auto sm:w-[26rem]"
    >
      {toast && (
        <div className="pointer-events-auto flex w-full items-start gap-3 rounded-lg bg-emerald-800 px-4 py-3 text-sm text-white shadow-lg">
          <p className="flex-1">{toast.text}</p>
          <button
            type="button"
            onClick={dismiss}
            className="-my-1 rounded px-2 py-1 text-white/90 ring-1 ring-white/40 hover:bg-white/10"
          >
            Đóng<span className="sr-only"> thông báo</span>
          </button>
        </div>
      )}
    </div>
  );
}

function dismiss(): void {
  window.sessionStorage.removeItem(KEY);
  window.dispatchEvent(new Event(EVENT));
}
