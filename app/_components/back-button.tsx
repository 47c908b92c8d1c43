"use client";

import { secondaryAction } from "./status-page";

/** "Quay lại trang trước": the browser's back, for the 404 and 403 pages. */
export function BackButton() {
  return (
    <button type="button" onClick={() => window.history.back()} className={secondaryAction}>
      Quay lại trang trước
    </button>
  );
}
