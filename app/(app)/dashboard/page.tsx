import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { indicatorFormat, isPercentUnit } from "@/lib/numbers";
import { loadHouseStyle } from "@/lib/draft/house-style-store";
import { periodLabel } from "@/lib/periods";
import { changePhrase } from "@/lib/draft/phrases";
import { PACE_STATUSES } from "@/lib/rollup";
import { dashboardModel } from "@/lib/reports/dashboard-model";
import { paceReasonText } from "@/lib/reports/pace-labels";
import { reportParams } from "@/lib/reports/report-params";
import { MonthBars, PaceChart } from "../_components/charts/lazy-charts";
import { PaceBadge } from "../_components/pace-badge";
import { ReportControls } from "../_components/report-controls";
import { RiskList } from "./risk-list";
import type { SearchParams } from "../_components/page-params";

export const metadata = { title: "Bảng điều hành" };

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("dashboard.view");
  const db = getDb();
  const params = reportParams(db, await searchParams, user);
  const model = dashboardModel(db, params);
  const { counts, risky, headline } = model;
  const style = loadHouseStyle(db).style;
  const query = `year=${params.year}&period=${params.period}&counting=${params.counting}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Bảng điều hành</h1>
          <p className="text-sm text-slate-600">Tình hình thực hiện {periodLabel(params.period, params.year)}</p>
        </div>
        <ReportControls params={params} sections={model.sections} departments={model.departments} />
      </div>

      <section aria-label="Chỉ tiêu chủ yếu" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {headline.map((row) => {
          const fmt = indicatorFormat(row.indicator, style.pctDecimals);
          const inPercent = isPercentUnit(row.indicator.unit);
          return (
            // plain links, as in the at-risk list: six indicator pages are not worth prefetching on every dashboard view
            <a
              key={row.indicator.code}
              href={`/indicators/${row.indicator.code}?${query}`}
              className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              data-headline={row.indicator.code}
            >
              <div className="flex items-start justify-between gap-2">
                <h2 className="text-sm font-medium text-slate-600">{row.indicator.name}</h2>
                <PaceBadge status={row.pace.status} />
              </div>
              <p className="num mt-1 text-2xl font-bold" data-testid="headline-value">
                {row.value === null
                  ? "Chưa có số liệu"
                  : inPercent
                    ? fmt.valueWithUnit(row.value)
                    : fmt.value(row.value)}
                {row.value !== null && !inPercent && (
                  <span className="ml-1 text-sm font-normal text-slate-500">{row.indicator.unit}</span>
                )}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {[
                  row.pctOfPlan !== null ? `Đạt ${fmt.pctOfPlan(row.pctOfPlan)} kế hoạch` : null,
                  changePhrase(row.indicator, row, true, style),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </a>
          );
        })}
      </section>

      <section aria-labelledby="status-heading" className="space-y-2">
        <h2 id="status-heading" className="text-lg font-semibold">
          Tiến độ {model.total} chỉ tiêu
        </h2>
        <ul className="flex flex-wrap gap-2" aria-label="Số chỉ tiêu theo tình trạng">
          {PACE_STATUSES.filter((s) => counts[s] > 0).map((s) => (
            <li
              key={s}
              className="flex items-center gap-1 rounded-md bg-white px-2 py-1 text-sm ring-1 ring-slate-200"
              data-count={s}
            >
              <PaceBadge status={s} /> <span className="num font-semibold">{counts[s]}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="risk-heading" className="space-y-2">
        <h2 id="risk-heading" className="text-lg font-semibold">
          Chỉ tiêu cần chú ý
        </h2>
        {risky.length === 0 ? (
          <p className="text-sm text-slate-600">Không có chỉ tiêu chậm tiến độ hoặc có nguy cơ không đạt.</p>
        ) : (
          <RiskList
            rows={risky.map((row) => ({
              code: row.indicator.code,
              name: row.indicator.name,
              status: row.pace.status,
              reason: paceReasonText(row.pace.reason, row.indicator, style.pctDecimals),
            }))}
            query={query}
          />
        )}
        {model.moreRisky > 0 && (
          <p className="text-sm">
            Còn {model.moreRisky} chỉ tiêu khác cần chú ý —{" "}
            <Link href={`/summary?${query}`} className="text-brand-700 hover:underline">
              xem biểu tổng hợp
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="charts-heading" className="space-y-3">
        <h2 id="charts-heading" className="text-lg font-semibold">
          Diễn biến theo tháng
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {model.charts.map(({ row, series }) => {
            return (
              <article key={row.indicator.code} className="rounded-lg border border-slate-200 bg-white p-3">
                <h3 className="text-sm font-semibold">
                  {row.indicator.name} <span className="font-normal text-slate-500">({row.indicator.unit})</span>
                </h3>
                <PaceChart
                  series={series}
                  precision={row.indicator.precision}
                  unit={row.indicator.unit}
                  year={params.year}
                  cumulative={row.indicator.kind === "cumulative"}
                />
                <MonthBars
                  series={series}
                  precision={row.indicator.precision}
                  unit={row.indicator.unit}
                  year={params.year}
                />
              </article>
            );
          })}
        </div>
      </section>
    </div>
  );
}
