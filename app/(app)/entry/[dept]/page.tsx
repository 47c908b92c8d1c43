import Link from "next/link";
import { getDb } from "@/db/client";
import { requireDepartmentAccess, requirePageUser } from "@/lib/auth/guards";
import { findDepartmentByCode } from "@/lib/catalogue/queries";
import { formatViNumber } from "@/lib/numbers";
import { MONTH_PERIODS } from "@/lib/periods";
import { departmentYear } from "@/lib/reports/department-values";
import { SUBMISSION_STATE_LABELS, VALUE_STATUS_LABELS, lowerLabel } from "@/lib/vocabulary/labels";
import { YearPicker } from "../../_components/year-picker";
import { pickYear, type SearchParams } from "../../_components/page-params";

export const metadata = { title: "Số liệu của đơn vị" };

export default async function DepartmentEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ dept: string }>;
  searchParams: SearchParams;
}) {
  const user = await requirePageUser("entry.view");
  const db = getDb();
  const department = findDepartmentByCode(db, (await params).dept);
  requireDepartmentAccess(user, department?.id);
  const { year, years } = await pickYear(db, searchParams, user);
  const data = departmentYear(db, department!.id, year);
  const stateOf = new Map(data.submissions.map((s) => [s.month, s.state]));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{department!.name}</h1>
          <p className="text-sm text-slate-600">
            Số liệu các tháng năm {year} · {data.indicators.length} chỉ tiêu
          </p>
        </div>
        <YearPicker years={years} current={year} basePath={`/entry/${department!.code}`} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-100 px-3 py-2 text-left">
                Chỉ tiêu
              </th>
              <th scope="col" className="px-2 py-2 text-left">
                ĐVT
              </th>
              {MONTH_PERIODS.map((p, i) => (
                <th key={p} scope="col" className="px-2 py-2 text-right">
                  <Link href={`/entry/${department!.code}/${year}/${i + 1}`} className="text-brand-700 hover:underline">
                    T{i + 1}
                  </Link>
                  <span className="block text-[10px] font-normal text-slate-600">
                    {SUBMISSION_STATE_LABELS[stateOf.get(i + 1) ?? "draft"]}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.indicators.map((indicator) => {
              const byPeriod = data.values.get(indicator.id);
              return (
                <tr key={indicator.id} className="border-t border-slate-100" data-indicator={indicator.code}>
                  <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal">
                    {indicator.name}
                  </th>
                  <td className="px-2 py-2 text-slate-600">{indicator.unit}</td>
                  {MONTH_PERIODS.map((p) => {
                    const v = byPeriod?.get(p);
                    return (
                      <td
                        key={p}
                        className="num px-2 py-2 text-right"
                        title={v ? lowerLabel(VALUE_STATUS_LABELS[v.status]) : "Chưa có số liệu"}
                      >
                        {v ? formatViNumber(v.value, indicator.precision) : <span className="text-slate-300">–</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
