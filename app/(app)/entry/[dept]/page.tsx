import Link from "next/link";
import { getDb } from "@/db/client";
import { requireDepartmentAccess, requirePageUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { visiblePlanYear } from "@/lib/auth/plan-years";
import { startLabel, startMonth, vietnamToday } from "@/lib/entry/start-month";
import { yearGridCell } from "@/lib/entry/year-grid";
import { findDepartmentByCode } from "@/lib/catalogue/queries";
import { indicatorFormat } from "@/lib/numbers";
import { MONTH_PERIODS, formatViDate, periodShortLabel, submissionDueDate } from "@/lib/periods";
import { PLAN_YEAR_DEFAULTS } from "@/db/schema/vocabulary";
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
  const plan = visiblePlanYear(db, user, year);
  const calendar = plan ?? PLAN_YEAR_DEFAULTS;
  // the officer's start: the month whose report is due now (lib/entry/start-month.ts)
  const start = can(user, "entry.edit", department!.id) ? startMonth(year, calendar, vietnamToday(), stateOf) : null;
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
      {start !== null && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <Link
            href={`/entry/${department!.code}/${year}/${start}`}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            data-testid="start-month"
          >
            {startLabel(start, year, stateOf.get(start))}
          </Link>
          <p className="text-sm text-slate-700">
            {SUBMISSION_STATE_LABELS[stateOf.get(start) ?? "draft"]} · hạn gửi{" "}
            {formatViDate(submissionDueDate(year, start, calendar))}
          </p>
        </div>
      )}
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
                  <Link
                    href={`/entry/${department!.code}/${year}/${i + 1}`}
                    className="text-brand-700 underline-offset-2 hover:underline"
                  >
                    T{i + 1}
                  </Link>
                  <span className="block text-xs font-normal whitespace-nowrap text-slate-700" data-month-state={i + 1}>
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
                  <th scope="row" className="sticky left-0 min-w-44 bg-white px-3 py-2 text-left font-normal">
                    {indicator.name}
                  </th>
                  <td className="px-2 py-2 text-slate-600">{indicator.unit}</td>
                  {MONTH_PERIODS.map((p, i) => {
                    const cell = yearGridCell(indicator.kind, byPeriod, i + 1);
                    return (
                      <td
                        key={p}
                        className="num px-2 py-2 text-right"
                        title={cell ? lowerLabel(VALUE_STATUS_LABELS[cell.value.status]) : "Chưa có số liệu"}
                        data-cell={p}
                      >
                        {cell ? (
                          <>
                            {indicatorFormat(indicator).value(cell.value.value)}
                            {!cell.ownMonth && (
                              <span className="block text-xs whitespace-nowrap text-slate-600">
                                {periodShortLabel(cell.period)}
                              </span>
                            )}
                          </>
                        ) : (
                          <span className="text-slate-400">–</span>
                        )}
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
