"use client";

import { useMemo, useState } from "react";
import { COMPARISON_HEADER, summaryRowFigures, type SummaryRow } from "@/lib/reports/summary-rows";
import { searchKey } from "@/lib/text/search";

type SortKey = "stt" | "name" | "value" | "pctOfPlan" | "lastYear" | "vsLastYear";
const COLUMNS: { key: SortKey | null; label: string; numeric?: boolean }[] = [
  { key: "stt", label: "STT" },
  { key: "name", label: "Chỉ tiêu" },
  { key: null, label: "ĐVT" },
  { key: null, label: "Kế hoạch năm", numeric: true },
  { key: "value", label: "Thực hiện kỳ", numeric: true },
  { key: "pctOfPlan", label: "% kế hoạch", numeric: true },
  { key: "lastYear", label: "Cùng kỳ năm trước", numeric: true },
  { key: "vsLastYear", label: COMPARISON_HEADER, numeric: true },
];

const sttKey = (stt: string) =>
  stt
    .split(".")
    .map((n) => n.padStart(4, "0"))
    .join(".");

/** The biểu tổng hợp: sortable by any figure, filterable without diacritics, printable. */
export function SummaryTable({
  rows,
  title,
  sections,
}: {
  rows: SummaryRow[];
  title: string;
  sections: { code: string; title: string }[];
}) {
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: "stt", asc: true });
  const [q, setQ] = useState("");
  const [section, setSection] = useState("");
  const shown = useMemo(() => {
    const needle = searchKey(q);
    const filtered = rows.filter(
      (r) =>
        (!needle || r.search.includes(needle)) &&
        (!section || r.section === section || r.section.startsWith(`${section}.`)),
    );
    const dir = sort.asc ? 1 : -1;
    return [...filtered].sort((a, b) => {
      if (sort.key === "stt") return sttKey(a.stt).localeCompare(sttKey(b.stt)) * dir;
      if (sort.key === "name") return a.name.localeCompare(b.name, "vi") * dir;
      const x = a[sort.key];
      const y = b[sort.key];
      if (x === null) return 1;
      if (y === null) return -1;
      return (x - y) * dir;
    });
  }, [rows, q, section, sort]);

  return (
    <div className="space-y-3">
      <div className="no-print flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">Lọc chỉ tiêu (gõ không dấu được)</span>
          <input
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="vd: kim ngach"
            className="w-56 rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">Lĩnh vực</span>
          <select
            value={section}
            onChange={(e) => setSection(e.target.value)}
            className="max-w-64 rounded border border-slate-300 bg-white px-2 py-1"
          >
            <option value="">Tất cả</option>
            {sections.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} {s.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          In biểu
        </button>
        <span className="text-xs text-slate-500">
          {shown.length}/{rows.length} chỉ tiêu
        </span>
      </div>
      <h2 className="hidden text-center text-base font-bold print:block">{title}</h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:border-0">
        <table className="summary-table card-table min-w-full text-sm" data-card-sort>
          <thead className="bg-slate-100 text-left">
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.label}
                  scope="col"
                  className={`px-2 py-2 max-md:p-0 ${c.numeric ? "text-right" : ""}`}
                  aria-sort={c.key && sort.key === c.key ? (sort.asc ? "ascending" : "descending") : undefined}
                >
                  {c.key ? (
                    <button
                      type="button"
                      className="font-semibold hover:underline max-md:rounded max-md:bg-white max-md:px-2 max-md:py-1 max-md:text-xs max-md:ring-1 max-md:ring-slate-300"
                      onClick={() =>
                        setSort((s) => ({
                          key: c.key!,
                          asc: s.key === c.key ? !s.asc : c.key === "stt" || c.key === "name",
                        }))
                      }
                    >
                      {c.label}
                      {sort.key === c.key ? (sort.asc ? " ▲" : " ▼") : ""}
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const f = summaryRowFigures(r);
              return (
                <tr key={r.code} className="border-t border-slate-100" data-code={r.code}>
                  <td className="px-2 py-1.5 text-slate-500 max-md:col-span-1">{r.stt}</td>
                  <td className={`px-2 py-1.5 max-md:col-span-5 ${r.child ? "pl-6 italic" : "font-medium"}`}>
                    <a href={`/indicators/${r.code}`} className="hover:underline">
                      {r.name}
                    </a>
                  </td>
                  <td className="px-2 py-1.5 max-md:col-span-2" data-label="ĐVT">
                    {r.unit}
                  </td>
                  <td
                    className="num px-2 py-1.5 text-right max-md:col-span-2"
                    data-col="plan"
                    data-label="Kế hoạch năm"
                  >
                    {f.plan ?? "—"}
                  </td>
                  <td
                    className="num px-2 py-1.5 text-right max-md:col-span-2"
                    data-col="value"
                    data-label="Thực hiện kỳ"
                  >
                    {f.value ?? "—"}
                    {r.estimate && r.value !== null ? (
                      <span className="text-slate-400" title="Số ước tính">
                        {" "}
                        ư
                      </span>
                    ) : null}
                  </td>
                  <td className="num px-2 py-1.5 text-right max-md:col-span-2" data-col="pct" data-label="% kế hoạch">
                    {f.pctOfPlan ?? "—"}
                  </td>
                  <td className="num px-2 py-1.5 text-right max-md:col-span-2" data-label="Cùng kỳ">
                    {f.lastYear ?? "—"}
                  </td>
                  <td className="num px-2 py-1.5 text-right max-md:col-span-2" data-col="vs" data-label="So cùng kỳ">
                    {f.vsLastYear ?? "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">
        &quot;ư&quot;: số ước tính. % so cùng kỳ = thực hiện kỳ / cùng kỳ năm trước × 100; chỉ tiêu tốc độ ghi chênh
        lệch điểm phần trăm.
      </p>
    </div>
  );
}
