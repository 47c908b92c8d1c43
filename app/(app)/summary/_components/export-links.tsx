import Link from "next/link";
import { exportOriginLabel } from "@/lib/export/filename";
import type { PeriodCode } from "@/lib/periods";
import type { CountingMode } from "@/db/schema/vocabulary";

/**
 * Downloads of the period's báo cáo (Word) and biểu tổng hợp (Excel) with the page's filters.
 * The Word file here is the draft generated from the data alone (labelled so, and so named);
 * the planners' edited versions are downloaded from the draft page, which this links to.
 */
export function ExportLinks({ year, period, counting }: { year: number; period: PeriodCode; counting: CountingMode }) {
  const href = (format: "docx" | "xlsx") =>
    `/api/v1/reports/${year}/${period}/export?${new URLSearchParams({ format, counting })}`;
  const link =
    "inline-flex items-center gap-1 rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <nav aria-label="Tải báo cáo" className="no-print flex flex-wrap items-center gap-2">
      <a href={href("docx")} download className={link}>
        <span aria-hidden className="rounded bg-blue-700 px-1 text-xs font-bold text-white">
          W
        </span>{" "}
        Tải Word ({exportOriginLabel({ kind: "generated" })})
      </a>
      <a href={href("xlsx")} download className={link}>
        <span aria-hidden className="rounded bg-green-700 px-1 text-xs font-bold text-white">
          X
        </span>{" "}
        Tải Excel (.xlsx)
      </a>
      <span className="text-xs text-slate-600">
        Báo cáo theo Nghị định 30/2020, kèm biểu tổng hợp; chưa gồm phần đã sửa.{" "}
        <Link
          href={`/draft?${new URLSearchParams({ year: String(year), period, counting })}`}
          className="text-brand-700 underline"
        >
          Tải phiên bản đã lưu
        </Link>
      </span>
    </nav>
  );
}
