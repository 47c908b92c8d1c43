"use client";
import type { ReactNode } from "react";
import { REPORT_PERIODS, periodShortLabel } from "@/lib/periods";
import { COUNTING_MODES } from "@/db/schema/vocabulary";
import { COUNTING_LABELS } from "@/lib/vocabulary/labels";
import type { ReportParams } from "@/lib/reports/report-params";
import { PeriodForm } from "./period-form";

export interface Option {
  value: string;
  label: string;
}

/**
 * Year, period, which values count, and optional section/department filters, as a GET form
 * that remembers the period picked (PeriodForm). A client component: the page sends the option lists as data and the markup is
 * rendered once, instead of once as server components and again from their payload.
 */
export function ReportControls({
  params,
  sections,
  departments,
  search = false,
  children,
}: {
  params: ReportParams;
  sections?: Option[];
  departments?: Option[];
  search?: boolean;
  /** further fields of the page's own (the ranking's indicator), before the button */
  children?: ReactNode;
}) {
  const select = "rounded border border-slate-300 bg-white px-2 py-1";
  return (
    <PeriodForm className="no-print flex flex-wrap items-end gap-2 text-sm" label="Bộ lọc báo cáo">
      <label className="flex flex-col">
        <span className="text-xs text-slate-600">Năm</span>
        <select name="year" defaultValue={params.year} className={select}>
          {params.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="text-xs text-slate-600">Kỳ</span>
        <select name="period" defaultValue={params.period} className={select}>
          {REPORT_PERIODS.map((p) => (
            <option key={p} value={p}>
              {periodShortLabel(p)}
            </option>
          ))}
          <option value="UN">Ước cả năm</option>
        </select>
      </label>
      <label className="flex flex-col">
        <span className="text-xs text-slate-600">Số liệu được tính</span>
        <select name="counting" defaultValue={params.counting} className={select}>
          {COUNTING_MODES.map((c) => (
            <option key={c} value={c}>
              {COUNTING_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {sections && (
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">Lĩnh vực</span>
          <select name="section" defaultValue={params.section} className={`${select} max-w-56`}>
            <option value="">Tất cả</option>
            {sections.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {departments && (
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">Đơn vị</span>
          <select name="department" defaultValue={params.department} className={`${select} max-w-56`}>
            <option value="">Tất cả</option>
            {departments.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {search && (
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">Tìm chỉ tiêu</span>
          <input
            type="search"
            name="q"
            defaultValue={params.q}
            placeholder="vd: kim ngach"
            className={`${select} w-44`}
          />
        </label>
      )}
      {children}
      <button className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">Xem</button>
    </PeriodForm>
  );
}
