import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { indicatorFormat, isPercentUnit } from "@/lib/numbers";
import { loadHouseStyle } from "@/lib/draft/house-style-store";
import { periodLabel } from "@/lib/periods";
import { changePhrase } from "@/lib/draft/phrases";
import { PACE_STATUSES } from "@/lib/rollup";
import { dashboardModel } from "@/lib/reports/dashboard-model";
import { dashboardStatusParam } from "@/lib/reports/dashboard-list";
import { dashboardQuery, dashboardShown } from "@/lib/export/dashboard-source";
import { dashboardListHeading } from "@/lib/export/dashboard-xlsx";
import { PACE_LABELS } from "@/lib/reports/pace-labels";
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
  const raw = await searchParams;
  const params = reportParams(db, raw, user);
  const status = dashboardStatusParam(raw.status);
  const model = dashboardModel(db, params);
  const { counts, headline } = model;
  const style = loadHouseStyle(db).style;
  const shown = dashboardShown(model, params, status, style.pctDecimals);
  const query = `year=${params.year}&period=${params.period}&counting=${params.counting}`;
  // the same filters and status: the route builds the same list (lib/export/dashboard-source.ts)
  const exportHref = `/api/v1/reports/${params.year}/${params.period}/dashboard/export?${dashboardQuery(params, status)}`;
  return (
    <div className="space-y-6 print:space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Bảng điều hành</h1>
          <p className="text-sm text-slate-600">Tình hình thực hiện {periodLabel(params.period, params.year)}</p>
          {/* on paper the filters are not there: say what the page shows */}
          <p className="hidden text-sm print:block" data-testid="print-filters">
            {[
              shown.section ? `Lĩnh vực: ${shown.section}` : null,
              shown.department ? `Đơn vị: ${shown.department}` : null,
              status ? `Tình trạng: ${PACE_LABELS[status]}` : null,
            ]
              .filter(Boolean)
              .join("; ")}
          </p>
        </div>
        <div className="no-print flex flex-wrap items-end gap-2">
          <ReportControls params={params} sections={model.sections} departments={model.departments} />
          {/* a plain link: the browser downloads the file; the route checks the same permission and year */}
          <a
            href={exportHref}
            download
            className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Xuất Excel
          </a>
        </div>
      </div>

      {model.succession && model.succession.predecessors.length > 0 && (
        <p
          className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950"
          data-testid="succession-note"
        >
          {model.succession.unit} tiếp nhận nhiệm vụ của {model.succession.predecessors.map((p) => p.name).join(", ")}{" "}
          từ năm {params.year}: số cùng kỳ năm {params.year - 1} là số liệu các đơn vị này đã báo cáo.
        </p>
      )}

      <section aria-label="Chỉ tiêu chủ yếu" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-3">
        {headline.map((row) => {
          const fmt = indicatorFormat(row.indicator, style.pctDecimals);
          const inPercent = isPercentUnit(row.indicator.unit);
          return (
            // plain links, as in the at-risk list: six indicator pages are not worth prefetching on every dashboard view
            <a
              key={row.indicator.code}
              href={`/indicators/${row.indicator.code}?${query}`}
              className="block break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 print:p-2 print:shadow-none"
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
        {/* each count filters the list below (?status=); the chosen one is marked current */}
        <ul className="flex flex-wrap gap-2" aria-label="Số chỉ tiêu theo tình trạng: chọn để lọc danh sách">
          {PACE_STATUSES.filter((s) => counts[s] > 0 || s === status).map((s) => (
            <li key={s} data-count={s}>
              <Link
                href={`/dashboard?${dashboardQuery(params, s === status ? null : s)}`}
                scroll={false}
                aria-current={s === status ? "true" : undefined}
                className={`flex items-center gap-1 rounded-md px-2 py-1 text-sm ring-1 hover:ring-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700 ${
                  s === status ? "bg-brand-50 ring-2 ring-brand-700" : "bg-white ring-slate-200"
                }`}
              >
                <PaceBadge status={s} /> <span className="num font-semibold">{counts[s]}</span>
                <span className="sr-only">chỉ tiêu{s === status ? ", đang lọc: chọn lại để bỏ lọc" : ""}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="risk-heading" className="space-y-2">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h2 id="risk-heading" className="text-lg font-semibold">
            {dashboardListHeading(status)}
          </h2>
          {status && (
            <Link
              href={`/dashboard?${dashboardQuery(params, null)}`}
              scroll={false}
              className="no-print text-sm text-brand-700 underline"
            >
              Bỏ lọc tình trạng
            </Link>
          )}
        </div>
        {shown.list.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="risk-empty">
            {status
              ? `Không có chỉ tiêu nào ở tình trạng “${PACE_LABELS[status]}”.`
              : "Không có chỉ tiêu chậm tiến độ hoặc có nguy cơ không đạt."}
          </p>
        ) : (
          <RiskList rows={shown.list} query={query} />
        )}
        {shown.more > 0 && (
          <p className="text-sm">
            Còn {shown.more} chỉ tiêu khác cần chú ý —{" "}
            <Link href={`/summary?${query}`} className="text-brand-700 hover:underline">
              xem biểu tổng hợp
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="charts-heading" className="space-y-3 print:break-before-page">
        <h2 id="charts-heading" className="text-lg font-semibold">
          Diễn biến theo tháng
        </h2>
        <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-2">
          {model.charts.map(({ row, series }) => {
            return (
              <article
                key={row.indicator.code}
                className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-3"
              >
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
