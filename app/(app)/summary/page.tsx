import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { periodLabel } from "@/lib/periods";
import { provinceReport } from "@/lib/reports/province-report";
import { reportParams } from "@/lib/reports/report-params";
import { listSections } from "@/lib/reports/sections";
import { summaryRows } from "@/lib/reports/summary-rows";
import { loadHouseStyle } from "@/lib/draft/house-style-store";
import { ReportControls } from "../_components/report-controls";
import type { SearchParams } from "../_components/page-params";
import { ExportLinks } from "./_components/export-links";
import { SummaryTable } from "./_components/summary-table";

export const metadata = { title: "Biểu tổng hợp" };

export default async function SummaryPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("summary.view");
  const db = getDb();
  const params = reportParams(db, await searchParams, user);
  const rows = summaryRows(
    provinceReport(db, { year: params.year, period: params.period, counting: params.counting }),
    params.period,
    loadHouseStyle(db).style.pctDecimals,
  );
  const title = `Biểu tổng hợp các chỉ tiêu chủ yếu ${periodLabel(params.period, params.year)}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold print:hidden">{title}</h1>
        <ReportControls params={params} />
      </div>
      <ExportLinks year={params.year} period={params.period} counting={params.counting} />
      <SummaryTable
        rows={rows}
        title={title}
        sections={listSections(db).map((s) => ({ code: s.code, title: s.title }))}
      />
    </div>
  );
}
