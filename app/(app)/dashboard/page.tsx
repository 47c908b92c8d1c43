import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { formatViNumber } from "@/lib/numbers";
import { REPORT_PERIODS, isPeriodCode, periodLabel, periodShortLabel, type PeriodCode } from "@/lib/periods";
import { HEADLINE_CODES } from "@/lib/reports/headlines";
import { provinceReport } from "@/lib/reports/province-report";
import { pickYear, type SearchParams } from "../_components/page-params";

export const metadata = { title: "Bảng điều hành" };

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageUser(["leader", "planner", "admin"]);
  const db = getDb();
  const { year, years } = await pickYear(db, searchParams);
  const rawPeriod = (await searchParams).period;
  const period: PeriodCode = typeof rawPeriod === "string" && isPeriodCode(rawPeriod) ? rawPeriod : "6T";
  const rows = provinceReport(db, { year, period });
  const headline = HEADLINE_CODES.map((code) => rows.find((r) => r.indicator.code === code)).filter((r) => r !== undefined);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Bảng điều hành</h1>
          <p className="text-sm text-slate-600">Tình hình thực hiện {periodLabel(period, year)}</p>
        </div>
        <form className="flex gap-2 text-sm" method="get">
          <label className="flex items-center gap-1">
            Năm
            <select name="year" defaultValue={year} className="rounded border border-slate-300 bg-white px-2 py-1">
              {years.map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            Kỳ
            <select name="period" defaultValue={period} className="rounded border border-slate-300 bg-white px-2 py-1">
              {REPORT_PERIODS.map((p) => (
                <option key={p} value={p}>{periodShortLabel(p)}</option>
              ))}
            </select>
          </label>
          <button className="rounded bg-brand-700 px-3 py-1 text-white">Xem</button>
        </form>
      </div>
      <section aria-label="Chỉ tiêu chủ yếu" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {headline.map((row) => (
          <article key={row.indicator.code} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-headline={row.indicator.code}>
            <h2 className="text-sm font-medium text-slate-600">{row.indicator.name}</h2>
            <p className="num mt-1 text-2xl font-bold">
              {row.value === null ? "Chưa có số liệu" : `${formatViNumber(row.value, row.indicator.precision)}`}
              <span className="ml-1 text-sm font-normal text-slate-500">{row.indicator.unit}</span>
            </p>
            <p className="mt-1 text-sm text-slate-600">
              {row.pctOfPlan !== null && <>Đạt {formatViNumber(row.pctOfPlan, row.indicator.pctPrecision)}% kế hoạch · </>}
              {row.changePct !== null && <>{row.changePct >= 0 ? "tăng" : "giảm"} {formatViNumber(Math.abs(row.changePct), row.indicator.changePrecision)}% so với cùng kỳ</>}
            </p>
            <Link href={`/indicators?year=${year}`} className="sr-only">Chi tiết</Link>
          </article>
        ))}
      </section>
    </div>
  );
}
