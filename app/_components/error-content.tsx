"use client";

import { useEffect } from "react";
import { HomeLink, StatusPage, secondaryAction } from "./status-page";

/** The 500 page: what happened in words, the error's reference for the administrator, try again or go home. */
export function ErrorContent({
  error,
  retry,
  standalone,
}: {
  error: unknown;
  retry: () => void;
  standalone?: boolean;
}) {
  const digest =
    error instanceof Error && "digest" in error ? String((error as { digest?: unknown }).digest ?? "") : "";
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusPage
      code="500"
      title="Hệ thống gặp lỗi"
      standalone={standalone}
      actions={
        <>
          <button type="button" onClick={() => retry()} className={secondaryAction}>
            Thử lại
          </button>
          <HomeLink />
        </>
      }
    >
      <p>Trang chưa hiển thị được do một lỗi của hệ thống. Số liệu đã lưu trước đó không bị ảnh hưởng.</p>
      <p className="text-sm">
        Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị hệ thống
        {digest ? (
          <>
            {" "}
            kèm mã lỗi <code className="font-mono">{digest}</code>
          </>
        ) : null}
        .
      </p>
    </StatusPage>
  );
}
