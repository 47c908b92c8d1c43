import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { seesIndicator } from "@/lib/auth/plan-years";
import { canAccessDepartment } from "@/lib/auth/scope";
import { formatTarget } from "@/lib/catalogue/format";
import { formatViNumber, fromScaled, indicatorFormat } from "@/lib/numbers";
import { loadHouseStyle } from "@/lib/draft/house-style-store";
import { periodLabel, periodShortLabel, periodSourcesText, type PeriodCode } from "@/lib/periods";
import { indicatorDetail } from "@/lib/reports/indicator-detail";
import { INDICATOR_KIND_LABELS, TARGET_SOURCE_LABELS, VALUE_STATUS_LABELS, lowerLabel } from "@/lib/vocabulary/labels";
import { paceReasonText } from "@/lib/reports/pace-labels";
import { reportParams } from "@/lib/reports/report-params";
import { MonthBars, PaceChart } from "../../_components/charts/lazy-charts";
import { FoldButton } from "../../_components/fold";
import { PaceBadge } from "../../_components/pace-badge";
import { ReportControls } from "../../_components/report-controls";
import type { SearchParams } from "../../_components/page-params";
import { formatViDateTime } from "@/lib/text/datetime";

export const metadata = { title: "Chi tiết chỉ tiêu" };

const num = (v: number | null, precision: number) => (v === null ? "—" : formatViNumber(v, precision));
/** The stored entries and the history show their first rows; the rest (demo notes, mostly) is folded. */
const SHOWN_ENTRIES = 6;
const SHOWN_CHANGES = 5;

export default async function IndicatorPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const user = await requirePageUser();
  const db = getDb();
  const p = reportParams(db, await searchParams, user);
  const detail = indicatorDetail(db, {
    code: decodeURIComponent((await params).code),
    year: p.year,
    period: p.period,
    counting: p.counting,
    atRiskRatio: p.atRiskRatio,
  });
  if (!detail) notFound();
  if (!detail.indicator) {
    if (!seesIndicator(db, user, detail.base.id)) notFound();
    return (
      <p className="text-slate-700">
        Chỉ tiêu {detail.base.name} không có trong kế hoạch năm {p.year}.
      </p>
    );
  }
  const { indicator: ind, figures: f, series } = detail;
  if (!canAccessDepartment(user, ind.departmentId)) redirect("/forbidden");
  const rate = ind.kind === "rate";
  const pctDecimals = loadHouseStyle(db).style.pctDecimals;
  // one formatter for the indicator's figures, as on every page and export (lib/numbers/indicator-format.ts)
  const fmt = indicatorFormat(ind, pctDecimals);
  const valueText = f.value === null ? "Chưa có số liệu" : fmt.valueWithUnit(f.value);
  const stored = (year: number) => detail.stored.filter((s) => s.year === year);
  const entries = [...stored(p.year), ...stored(p.year - 1)];
  return (
    <div className="space-y-6">
      <nav aria-label="Đường dẫn" className="text-sm text-slate-600">
        <Link href={`/indicators?year=${p.year}`} className="hover:underline">
          Danh mục chỉ tiêu
        </Link>
        {detail.parent && (
          <>
            {" / "}
            <Link
              href={`/indicators/${encodeURIComponent(detail.parent.code)}?year=${p.year}`}
              className="hover:underline"
            >
              {detail.parent.name}
            </Link>
          </>
        )}
        {" / "}
        <span aria-current="page">{ind.name}</span>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{ind.name}</h1>
          <p className="text-sm text-slate-600">
            {ind.unit} · {INDICATOR_KIND_LABELS[ind.kind]} · {ind.departmentName} · Mục {ind.sectionCode}
            {ind.direction === "down" && " · càng thấp càng tốt"}
          </p>
        </div>
        <ReportControls params={p} />
      </div>

      <section aria-labelledby="figure-heading" className="grid gap-3 md:grid-cols-3">
        <div className="rounded-lg border border-slate-200 bg-white p-4 md:col-span-2">
          <h2 id="figure-heading" className="text-sm font-medium text-slate-600">
            {periodLabel(p.period, p.year)}
          </h2>
          <p className="num mt-1 text-3xl font-bold" data-testid="indicator-value">
            {valueText}
          </p>
          <p className="text-sm text-slate-600">
            {f.valueStatus && <>Số liệu {lowerLabel(VALUE_STATUS_LABELS[f.valueStatus])}</>}
            {f.asOfMonth !== null && ind.kind === "point" && f.asOfMonth !== undefined && (
              <> · đến tháng {f.asOfMonth}</>
            )}
            {f.missingMonths.length > 0 && (
              <>
                {" "}
                · thiếu số liệu tháng {f.missingMonths.join(", ")}
                {f.partialValue !== null && ` (đã có ${fmt.value(f.partialValue)})`}
              </>
            )}
          </p>
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            {ind.targets.map((t) => (
              <div key={t.source}>
                <dt className="text-slate-500">Kế hoạch ({TARGET_SOURCE_LABELS[t.source]})</dt>
                <dd className="num font-semibold">
                  {formatTarget(t)}
                  {f.pctOfPlanBySource[t.source] != null && ` · đạt ${fmt.pctOfPlan(f.pctOfPlanBySource[t.source]!)}`}
                </dd>
              </div>
            ))}
            <div>
              <dt className="text-slate-500">Cùng kỳ năm trước</dt>
              <dd className="num font-semibold" data-testid="last-year-value">
                {f.lastYearValue === null ? "—" : fmt.value(f.lastYearValue)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">So với cùng kỳ</dt>
              <dd className="num font-semibold" data-testid="change">
                {f.changePct !== null
                  ? fmt.change(f.changePct)
                  : f.changePoints !== null
                    ? fmt.points(f.changePoints)
                    : "—"}
              </dd>
            </div>
            {ind.kind === "point" && (
              <div>
                <dt className="text-slate-500">So với 31/12/{p.year - 1}</dt>
                <dd className="num font-semibold">
                  {f.changeVsYearEndPct !== null ? fmt.change(f.changeVsYearEndPct) : "—"}
                </dd>
              </div>
            )}
          </dl>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-sm font-medium text-slate-600">Tình trạng</h2>
          <p className="mt-2">
            <PaceBadge status={f.pace.status} />
          </p>
          <p className="mt-2 text-sm" data-testid="pace-reason">
            {paceReasonText(f.pace.reason, ind, pctDecimals)}
          </p>
          {f.pace.expectedShare !== null && (
            <p className="mt-1 text-xs text-slate-500">
              Tiến độ cần đạt theo mùa vụ năm trước: {formatViNumber(f.pace.expectedShare * 100, 1)}% kế hoạch
            </p>
          )}
        </div>
      </section>

      {!rate && (
        <section
          aria-label="Biểu đồ"
          className="grid gap-4 rounded-lg border border-slate-200 bg-white p-3 lg:grid-cols-2"
        >
          <PaceChart
            series={series}
            precision={ind.precision}
            unit={ind.unit}
            year={p.year}
            cumulative={ind.kind === "cumulative"}
          />
          <MonthBars series={series} precision={ind.precision} unit={ind.unit} year={p.year} />
        </section>
      )}

      <section aria-labelledby="months-heading" className="space-y-2">
        <h2 id="months-heading" className="text-lg font-semibold">
          Số liệu {rate ? "các kỳ" : "các tháng"}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {rate ? "Kỳ" : "Tháng"}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {p.year}
                </th>
                {ind.kind === "cumulative" && (
                  <th scope="col" className="px-3 py-2 text-right">
                    Lũy kế {p.year}
                  </th>
                )}
                <th scope="col" className="px-3 py-2 text-right">
                  {p.year - 1}
                </th>
                {ind.kind === "cumulative" && (
                  <th scope="col" className="px-3 py-2 text-right">
                    Lũy kế {p.year - 1}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rate
                ? (["Q1", "6T", "9T", "N", "UN"] as PeriodCode[]).map((period) => (
                    <tr key={period} className="border-t border-slate-100">
                      <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-normal">
                        {periodShortLabel(period)}
                      </th>
                      <td className="num px-3 py-1.5 text-right">
                        {num(
                          detail.thisYear[period] ? fromScaled(detail.thisYear[period]!.value) : null,
                          ind.precision,
                        )}
                      </td>
                      <td className="num px-3 py-1.5 text-right">
                        {num(
                          detail.lastYear[period] ? fromScaled(detail.lastYear[period]!.value) : null,
                          ind.precision,
                        )}
                      </td>
                    </tr>
                  ))
                : series.map((s) => (
                    <tr key={s.month} className="border-t border-slate-100" data-month={s.month}>
                      <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-normal">
                        Tháng {s.month}
                      </th>
                      <td className="num px-3 py-1.5 text-right">{num(s.thisYear, ind.precision)}</td>
                      {ind.kind === "cumulative" && (
                        <td className="num px-3 py-1.5 text-right">{num(s.toDate, ind.precision)}</td>
                      )}
                      <td className="num px-3 py-1.5 text-right">{num(s.lastYear, ind.precision)}</td>
                      {ind.kind === "cumulative" && (
                        <td className="num px-3 py-1.5 text-right">{num(s.lastYearToDate, ind.precision)}</td>
                      )}
                    </tr>
                  ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="entries-heading" className="space-y-2">
        <h2 id="entries-heading" className="text-lg font-semibold">
          Số liệu gốc (ai nhập, khi nào)
        </h2>
        <p className="text-sm text-slate-600">
          Con số của {periodLabel(p.period, p.year)} được tính từ:{" "}
          {f.sources.length ? periodSourcesText(f.sources) : "—"}
        </p>
        <div id="entries-table" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="card-table min-w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Năm
                </th>
                <th scope="col" className="px-3 py-2">
                  Kỳ
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Giá trị
                </th>
                <th scope="col" className="px-3 py-2">
                  Tình trạng
                </th>
                <th scope="col" className="px-3 py-2">
                  Phiên bản
                </th>
                <th scope="col" className="px-3 py-2">
                  Người nhập
                </th>
                <th scope="col" className="px-3 py-2">
                  Thời gian
                </th>
                <th scope="col" className="px-3 py-2">
                  Ghi chú
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((s, i) => (
                <tr
                  key={s.id}
                  data-fold-extra={i >= SHOWN_ENTRIES || undefined}
                  className={`border-t border-slate-100 ${s.year === p.year && f.sources.includes(s.period as PeriodCode) ? "bg-amber-50" : ""}`}
                  data-entry={`${s.year}:${s.period}`}
                >
                  <td className="px-3 py-1.5 max-md:col-span-2" data-label="Năm">
                    {s.year}
                  </td>
                  <td className="md:whitespace-nowrap px-3 py-1.5 max-md:col-span-2" data-label="Kỳ">
                    {periodShortLabel(s.period as PeriodCode)}
                  </td>
                  <td
                    className="num md:whitespace-nowrap px-3 py-1.5 text-right max-md:col-span-2"
                    data-label="Giá trị"
                  >
                    {formatViNumber(s.value, 4)}
                  </td>
                  <td className="md:whitespace-nowrap px-3 py-1.5 max-md:col-span-2" data-label="Tình trạng">
                    {VALUE_STATUS_LABELS[s.status]}
                  </td>
                  <td className="px-3 py-1.5 max-md:col-span-2" data-label="Phiên bản">
                    {s.version}
                  </td>
                  <td className="md:whitespace-nowrap px-3 py-1.5 max-md:col-span-2" data-label="Người nhập">
                    {s.by ?? "—"}
                  </td>
                  <td className="md:whitespace-nowrap px-3 py-1.5" data-label="Thời gian">
                    {formatViDateTime(s.at)}
                  </td>
                  <td className="px-3 py-1.5 text-slate-600" data-label="Ghi chú">
                    {s.derived ? "Số liệu mẫu phái sinh. " : ""}
                    {s.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {entries.length > SHOWN_ENTRIES && (
          <FoldButton
            controls="entries-table"
            more={`Xem thêm ${entries.length - SHOWN_ENTRIES} số liệu gốc và ghi chú`}
          />
        )}
      </section>

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          Lịch sử thay đổi
        </h2>
        {detail.history.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa có số liệu nào được lưu.</p>
        ) : (
          <ul id="history-list" className="space-y-1 text-sm" aria-label="Lịch sử thay đổi">
            {detail.history.map((h, i) => (
              <li
                key={h.key}
                data-fold-extra={i >= SHOWN_CHANGES || undefined}
                className="rounded bg-white px-3 py-1.5 ring-1 ring-slate-200"
                data-history-period={`${h.period}-${h.year}`}
              >
                {formatViDateTime(h.at)} · {h.by ?? "hệ thống"} · {periodShortLabel(h.period as PeriodCode)}/{h.year}:{" "}
                {h.before !== null ? `${formatViNumber(h.before, 4)} → ` : ""}
                <strong className="num">{formatViNumber(h.after, 4)}</strong>
                {h.reason ? ` · ${h.reason}` : ""}
              </li>
            ))}
          </ul>
        )}
        {detail.history.length > SHOWN_CHANGES && (
          <FoldButton
            controls="history-list"
            more={`Xem thêm ${detail.history.length - SHOWN_CHANGES} thay đổi trước đó`}
          />
        )}
      </section>
    </div>
  );
}
