import type { PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/db/schema/vocabulary";

/** Downloads of the period's báo cáo (Word) and biểu tổng hợp (Excel) with the page's filters. */
export function ExportLinks({ year, period, counting }: { year: number; period: PeriodCode; counting: CountingMode }) {
  const href = (format: "docx" | "xlsx") => `/api/v1/reports/${year}/${period}/export?${new URLSearchParams({ format, counting })}`;
  const link = "inline-flex items-center gap-1 rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <nav aria-label="Tải báo cáo" className="no-print flex flex-wrap items-center gap-2">
      <a href={href("docx")} download className={link}>
        <span aria-hidden className="rounded bg-blue-700 px-1 text-xs font-bold text-white">W</span> Tải Word (.docx)
      </a>
      <a href={href("xlsx")} download className={link}>
        <span aria-hidden className="rounded bg-green-700 px-1 text-xs font-bold text-white">X</span> Tải Excel (.xlsx)
      </a>
      <span className="text-xs text-slate-500">Báo cáo theo Nghị định 30/2020, kèm biểu tổng hợp</span>
    </nav>
  );
}
