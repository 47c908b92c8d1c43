import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { loadHouseStyle } from "@/lib/draft/house-style-store";
import { indicatorFormat } from "@/lib/numbers";
import { periodLabel } from "@/lib/periods";
import { reportParams } from "@/lib/reports/report-params";
import { LAGGING_MONTHS } from "@/lib/units/ranking";
import { unitReport, unitReportedIndicators, yearsWithUnitReporting, type UnitReport } from "@/lib/units/unit-report";
import Link from "next/link";
import { UNIT_KIND_PLURALS } from "@/lib/vocabulary/labels";
import { ReportControls } from "../_components/report-controls";
import type { SearchParams } from "../_components/page-params";
import { UnitBars } from "./_components/lazy-unit-bars";

export const metadata = { title: "Xếp hạng địa phương" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * The units reporting an indicator (districts, communes) ranked for a period by % of their plan,
 * or by the change against last year where they have no plan, against the province average;
 * those below it 3 months running are marked (lib/units/ranking.ts). Leaders and planners; the
 * planner also sees when a department's province figure differs from the units' sum.
 */
export default async function UnitsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("dashboard.view");
  const db = getDb();
  const raw = await searchParams;
  const params = reportParams(db, raw, user);
  const choices = unitReportedIndicators(db, params.year);
  const asked = first(raw.indicator);
  const chosen = choices.find((c) => c.indicator.code === asked) ?? choices[0];
  const report = chosen
    ? unitReport(db, {
        code: chosen.indicator.code,
        year: params.year,
        period: params.period,
        counting: params.counting,
      })
    : null;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Xếp hạng địa phương</h1>
          <p className="text-sm text-slate-600">Kết quả thực hiện {periodLabel(params.period, params.year)}</p>
        </div>
        <ReportControls params={params}>
          {choices.length > 0 && (
            <label className="flex flex-col">
              <span className="text-xs text-slate-600">Chỉ tiêu</span>
              <select
                name="indicator"
                defaultValue={chosen?.indicator.code}
                className="max-w-64 rounded border border-slate-300 bg-white px-2 py-1"
              >
                {choices.map((c) => (
                  <option key={c.indicator.code} value={c.indicator.code}>
                    {c.indicator.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </ReportControls>
      </div>
      {report ? (
        <Ranking
          report={report}
          showGap={can(user, "submission.review")}
          pctDecimals={loadHouseStyle(db).style.pctDecimals}
        />
      ) : (
        <p className="text-sm text-slate-600" data-testid="units-empty">
          Năm {params.year} chưa có chỉ tiêu nào do các huyện, thành phố hoặc các xã, phường báo cáo.
          <OtherYears years={yearsWithUnitReporting(db, params.years)} period={params.period} />
        </p>
      )}
    </div>
  );
}

/** Links to the years that do have a ranking, from the empty page of a year that has none. */
function OtherYears({ years, period }: { years: number[]; period: string }) {
  if (years.length === 0) return null;
  return (
    <>
      {" "}
      Xem năm:{" "}
      {years.map((y, i) => (
        <span key={y}>
          {i > 0 && ", "}
          <Link href={`/units?year=${y}&period=${period}`} className="text-blue-700 underline">
            {y}
          </Link>
        </span>
      ))}
      .
    </>
  );
}

function Ranking({
  report,
  showGap,
  pctDecimals,
}: {
  report: UnitReport;
  showGap: boolean;
  pctDecimals: Parameters<typeof indicatorFormat>[1];
}) {
  const { indicator } = report;
  const fmt = indicatorFormat(indicator, pctDecimals);
  const byPlan = report.basis === "plan";
  const measureLabel = byPlan ? "% kế hoạch" : "So với cùng kỳ";
  const measureText = (v: number | null) => (v === null ? "—" : byPlan ? fmt.pctOfPlan(v) : fmt.change(v));
  const laggards = report.units.filter((u) => u.lagging);
  const plural = UNIT_KIND_PLURALS[report.unitKind];
  const withUnit = (v: number) => fmt.valueWithUnit(v);
  return (
    <>
      <section aria-labelledby="ranking-heading" className="space-y-2">
        <h2 id="ranking-heading" className="text-lg font-semibold">
          {indicator.name} <span className="font-normal text-slate-500">({indicator.unit})</span>
        </h2>
        <p className="text-sm" data-testid="units-average">
          Bình quân chung của tỉnh ({plural}):{" "}
          <strong className="num">
            {report.average === null
              ? "chưa đủ số liệu"
              : byPlan
                ? `đạt ${fmt.pctOfPlan(report.average)} kế hoạch`
                : `${fmt.change(report.average)} so với cùng kỳ`}
          </strong>
          {!byPlan && " (các địa phương chưa được giao kế hoạch: xếp hạng theo mức tăng so với cùng kỳ)"}
        </p>
        {laggards.length > 0 ? (
          <p
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
            data-testid="units-laggards"
          >
            <strong>Chậm {LAGGING_MONTHS} tháng liên tiếp</strong> (thấp hơn bình quân chung của tỉnh từ{" "}
            {LAGGING_MONTHS} tháng liên tiếp trở lên): {laggards.map((u) => u.name).join(", ")}.
          </p>
        ) : (
          <p className="text-sm text-slate-600" data-testid="units-laggards">
            Không có địa phương nào thấp hơn bình quân chung của tỉnh {LAGGING_MONTHS} tháng liên tiếp.
          </p>
        )}
        {showGap && report.gap && (
          <p
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
            data-testid="units-gap"
          >
            Số liệu của tỉnh do {indicator.departmentName} nhập là{" "}
            <span className="num">{withUnit(report.gap.provinceValue)}</span>, khác tổng số liệu của {plural} (
            <span className="num">{withUnit(report.gap.unitsSum)}</span>): chênh lệch{" "}
            <span className="num">
              {report.gap.difference > 0 ? "+" : "-"}
              {withUnit(Math.abs(report.gap.difference))}
            </span>
            . Đề nghị kiểm tra lại với đơn vị.
          </p>
        )}
      </section>

      <section aria-labelledby="chart-heading" className="space-y-2">
        <h2 id="chart-heading" className="text-lg font-semibold">
          Biểu đồ {measureLabel.toLocaleLowerCase("vi")}
        </h2>
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <UnitBars
            bars={report.units
              .filter((u) => (byPlan ? u.pctOfPlan : u.changePct) !== null)
              .map((u) => ({ name: u.name, measure: (byPlan ? u.pctOfPlan : u.changePct)!, lagging: u.lagging }))}
            average={report.average}
            label={`${measureLabel} của ${plural}, đường đứt nét là bình quân chung của tỉnh`}
          />
          <p className="mt-1 text-xs text-slate-600">
            Cột màu đỏ: địa phương chậm {LAGGING_MONTHS} tháng liên tiếp; đường đứt nét: bình quân chung của tỉnh.
          </p>
        </div>
      </section>

      <section aria-labelledby="table-heading" className="space-y-2">
        <h2 id="table-heading" className="text-lg font-semibold">
          Bảng xếp hạng
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="card-table min-w-full text-sm" data-testid="units-table">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 text-right">
                  Hạng
                </th>
                <th scope="col" className="px-3 py-2">
                  Địa phương
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Thực hiện
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Kế hoạch
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  % kế hoạch
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  So với cùng kỳ
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Số tháng thấp hơn bình quân
                </th>
              </tr>
            </thead>
            <tbody>
              {report.units.map((u) => (
                <tr
                  key={u.unit}
                  className={`border-t border-slate-100 ${u.lagging ? "bg-red-50" : ""}`}
                  data-unit={u.unit}
                >
                  <td className="num px-3 py-1.5 text-right max-md:col-span-1" data-label="Hạng">
                    {u.rank ?? "—"}
                  </td>
                  <th scope="row" className="px-3 py-1.5 text-left font-medium max-md:col-span-5">
                    {u.name}
                    {u.lagging && (
                      <span
                        className="ml-2 inline-block whitespace-nowrap rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white"
                        data-testid="lagging-mark"
                      >
                        Chậm {LAGGING_MONTHS} tháng liên tiếp
                      </span>
                    )}
                  </th>
                  <FigureCell label="Thực hiện" span={3}>
                    {u.value === null ? "Chưa có số liệu" : fmt.value(u.value)}
                  </FigureCell>
                  <FigureCell label="Kế hoạch" span={3}>
                    {u.target === null ? "—" : fmt.value(u.target)}
                  </FigureCell>
                  <FigureCell label="% kế hoạch" span={2}>
                    {u.pctOfPlan === null ? "—" : fmt.pctOfPlan(u.pctOfPlan)}
                  </FigureCell>
                  <FigureCell label="So với cùng kỳ" span={2}>
                    {u.changePct === null ? "—" : fmt.change(u.changePct)}
                    {u.lastYearFrom?.kind === "predecessors" && (
                      <span className="block text-xs text-slate-600">so với các đơn vị trước sắp xếp</span>
                    )}
                  </FigureCell>
                  <FigureCell label="Số tháng thấp hơn bình quân" span={2}>
                    {u.belowAverageMonths}
                  </FigureCell>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-xs text-slate-600">
          Xếp hạng theo {measureLabel.toLocaleLowerCase("vi")} ({measureText(report.average)} là bình quân chung của
          tỉnh: tổng số thực hiện của {plural} so với tổng {byPlan ? "kế hoạch giao" : "số cùng kỳ"}). Số tháng thấp hơn
          bình quân: số tháng liên tiếp đến hết kỳ mà số lũy kế của địa phương thấp hơn bình quân chung của tỉnh tháng
          đó.
        </p>
      </section>
    </>
  );
}

const SPANS = { 2: "max-md:col-span-2", 3: "max-md:col-span-3" } as const;

/** A figure of the ranking table: right-aligned on a desk, one labelled cell of the card on a phone. */
function FigureCell({ label, span, children }: { label: string; span: keyof typeof SPANS; children: ReactNode }) {
  return (
    <td className={`num px-3 py-1.5 text-right md:whitespace-nowrap ${SPANS[span]}`} data-label={label}>
      {children}
    </td>
  );
}
