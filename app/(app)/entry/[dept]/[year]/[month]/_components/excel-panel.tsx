"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

/** Download the month's pre-filled workbook; upload it filled (applied all-or-nothing). */
export function ExcelPanel({ base, canUpload }: { base: string; canUpload: boolean }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);

  async function upload() {
    const file = input.current?.files?.[0];
    if (!file) {
      setResult({ ok: false, lines: ["Chưa chọn tệp Excel"] });
      return;
    }
    setBusy(true);
    setResult(null);
    const body = new FormData();
    body.append("file", file);
    try {
      const response = await fetch(`${base}/import`, { method: "POST", body });
      const json = await response.json();
      if (response.ok) {
        setResult({ ok: true, lines: [`Đã nhập ${json.values.length} số liệu từ tệp`] });
        router.refresh();
      } else {
        setResult({ ok: false, lines: json.errors ?? [json.error] });
      }
    } catch {
      setResult({ ok: false, lines: ["Không gửi được tệp, vui lòng thử lại"] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      aria-label="Nhập, xuất Excel"
      className="no-print flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      <a href={`${base}/template`} className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-50">
        Tải mẫu Excel
      </a>
      {canUpload && (
        <>
          <label className="flex items-center gap-2">
            <span>Tệp đã điền</span>
            <input
              ref={input}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="text-xs"
            />
          </label>
          <button
            type="button"
            onClick={upload}
            disabled={busy}
            className="rounded-md bg-slate-800 px-3 py-1.5 text-white disabled:opacity-50"
          >
            {busy ? "Đang kiểm tra tệp…" : "Nhập từ Excel"}
          </button>
        </>
      )}
      {result && (
        <div
          role={result.ok ? "status" : "alert"}
          data-testid="import-result"
          className={`w-full ${result.ok ? "text-emerald-700" : "text-red-700"}`}
        >
          {!result.ok && <p className="font-semibold">Tệp không được nhập; không số liệu nào bị thay đổi:</p>}
          <ul className="list-disc pl-5">
            {result.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
