import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listDraftVersions, recentDraftVersions, withEmptySections } from "@/lib/draft/versions";
import { REPORT_PERIODS, defaultReportPeriod, periodLabel, periodShortLabel, type PeriodCode } from "@/lib/periods";
import { COUNTING_MODES, DEFAULT_COUNTING } from "@/db/schema/vocabulary";
import { COUNTING_LABELS } from "@/lib/vocabulary/labels";
import { reportParams } from "@/lib/reports/report-params";
import { latestSubmittedMonth } from "@/lib/preferences/report-period";
import type { SearchParams } from "../_components/page-params";
import { PeriodForm } from "../_components/period-form";
import { VersionList } from "./_components/version-list";

export const metadata = { title: "Dự thảo báo cáo" };

export default async function DraftsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("draft.view");
  const db = getDb();
  const p = reportParams(db, await searchParams, user);
  // the whole-year estimate has no draft of its own: the latest period with submitted data instead
  const period = (REPORT_PERIODS as readonly string[]).includes(p.period)
    ? p.period
    : defaultReportPeriod(latestSubmittedMonth(db, p.year));
  const versions = withEmptySections(db, listDraftVersions(db, p.year, period));
  const recent = withEmptySections(db, recentDraftVersions(db, p.years, 8));
  const canEdit = can(user, "draft.edit");
  const select = "rounded border border-slate-300 bg-white px-2 py-1";
  const openHref = `/draft/${p.year}/${period}${p.counting !== DEFAULT_COUNTING ? `?counting=${p.counting}` : ""}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Dự thảo báo cáo</h1>
        <p className="text-sm text-slate-600">
          {canEdit
            ? "Tạo dự thảo báo cáo tình hình KT-XH từ số liệu, sửa, lưu thành phiên bản."
            : "Xem các phiên bản dự thảo và chốt phiên bản."}
        </p>
      </div>
      <PeriodForm className="flex flex-wrap items-end gap-2 text-sm" label="Chọn kỳ báo cáo">
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">Năm</span>
          <select name="year" defaultValue={p.year} className={select}>
            {p.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">Kỳ báo cáo</span>
          <select name="period" defaultValue={period} className={select}>
            {REPORT_PERIODS.map((code) => (
              <option key={code} value={code}>
                {periodShortLabel(code)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-xs text-slate-600">Số liệu được tính</span>
          <select name="counting" defaultValue={p.counting} className={select}>
            {COUNTING_MODES.map((c) => (
              <option key={c} value={c}>
                {COUNTING_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-100">Chọn</button>
      </PeriodForm>

      <section aria-labelledby="period-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="period-heading" className="text-lg font-semibold first-letter:uppercase">
            {periodLabel(period as PeriodCode, p.year)}
          </h2>
          {(canEdit || versions.length > 0) && (
            <Link
              href={openHref}
              className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {versions.length > 0 ? "Mở phiên bản mới nhất" : "Tạo dự thảo"}
            </Link>
          )}
        </div>
        <VersionList versions={versions} wide />
      </section>

      {recent.length > 0 && (
        <section aria-labelledby="recent-heading" className="space-y-3">
          <h2 id="recent-heading" className="text-lg font-semibold">
            Phiên bản lưu gần đây
          </h2>
          <VersionList versions={recent} showPeriod wide />
        </section>
      )}
    </div>
  );
}
