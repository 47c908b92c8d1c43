"use client";

import "./globals.css";
import { ErrorContent } from "./_components/error-content";

/** An error of the root layout itself: the page has to bring its own document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">
        <title>Hệ thống gặp lỗi · Chỉ tiêu</title>
        <ErrorContent error={error} retry={retry} standalone />
      </body>
    </html>
  );
}
