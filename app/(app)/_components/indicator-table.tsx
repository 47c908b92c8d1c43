import Link from "next/link";
import { formatTarget } from "@/lib/catalogue/format";
import { INDICATOR_KIND_LABELS, TARGET_SOURCE_LABELS } from "@/lib/vocabulary/labels";
import type { CatalogueIndicator } from "@/lib/catalogue/queries";

/** Indicators grouped by report section, with unit, kind, department and the year's targets. */
export function IndicatorTable({
  indicators,
  showDepartment = true,
}: {
  indicators: CatalogueIndicator[];
  showDepartment?: boolean;
}) {
  const sections = new Map<string, CatalogueIndicator[]>();
  for (const indicator of indicators) {
    const key = indicator.sectionCode ? `${indicator.sectionCode} ${indicator.sectionTitle}` : "Khác";
    sections.set(key, [...(sections.get(key) ?? []), indicator]);
  }
  if (indicators.length === 0) return <p className="text-slate-600">Chưa có chỉ tiêu nào trong kế hoạch năm này.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="card-table min-w-full text-sm">
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Mã
            </th>
            <th scope="col" className="px-3 py-2">
              Chỉ tiêu
            </th>
            <th scope="col" className="px-3 py-2">
              ĐVT
            </th>
            <th scope="col" className="px-3 py-2">
              Loại
            </th>
            {showDepartment && (
              <th scope="col" className="px-3 py-2">
                Đơn vị chủ trì
              </th>
            )}
            <th scope="col" className="px-3 py-2">
              Kế hoạch năm
            </th>
          </tr>
        </thead>
        {[...sections.entries()].map(([section, rows]) => (
          <tbody key={section}>
            <tr className="bg-slate-50">
              <th
                colSpan={showDepartment ? 6 : 5}
                scope="colgroup"
                className="px-3 py-2 text-left font-semibold text-brand-800"
              >
                {section}
              </th>
            </tr>
            {rows.map((indicator) => (
              <tr key={indicator.id} className="border-t border-slate-100" data-indicator={indicator.code}>
                <td className="px-3 py-2 font-mono text-xs text-slate-500 max-md:pb-0">{indicator.code}</td>
                <td
                  className={`px-3 py-2 max-md:pt-0 ${indicator.parentId ? "pl-8 text-slate-700 max-md:pl-3" : "font-medium"}`}
                >
                  <Link href={`/indicators/${indicator.code}`} className="hover:text-brand-700 hover:underline">
                    {indicator.name}
                  </Link>
                </td>
                <td className="px-3 py-2 max-md:col-span-2" data-label="ĐVT">
                  {indicator.unit}
                </td>
                <td className="px-3 py-2 max-md:col-span-4" data-label="Loại">
                  {INDICATOR_KIND_LABELS[indicator.kind]}
                </td>
                {showDepartment && (
                  <td className="px-3 py-2" data-label="Đơn vị chủ trì">
                    {indicator.departmentName}
                  </td>
                )}
                <td className="num px-3 py-2" data-label="Kế hoạch năm">
                  {indicator.targets.map((t) => (
                    <span key={t.source} className="block" title={TARGET_SOURCE_LABELS[t.source]}>
                      {formatTarget(t)}
                      {indicator.targets.length > 1 ? ` (${TARGET_SOURCE_LABELS[t.source]})` : ""}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
