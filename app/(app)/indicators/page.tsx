import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { seesWholeProvince } from "@/lib/auth/scope";
import { listIndicatorsForYear } from "@/lib/catalogue/queries";
import { IndicatorTable } from "../_components/indicator-table";
import { YearPicker } from "../_components/year-picker";
import { pickYear, type SearchParams } from "../_components/page-params";

export const metadata = { title: "Danh mục chỉ tiêu" };

export default async function IndicatorsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser();
  const db = getDb();
  const { year, years } = await pickYear(db, searchParams);
  const whole = seesWholeProvince(user);
  const indicators = listIndicatorsForYear(db, year, whole ? undefined : (user.departmentId ?? -1));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{whole ? "Danh mục chỉ tiêu" : "Chỉ tiêu của đơn vị"} năm {year}</h1>
          <p className="text-sm text-slate-600">
            {whole ? "Toàn tỉnh" : user.departmentName} · {indicators.length} chỉ tiêu
          </p>
        </div>
        <YearPicker years={years} current={year} basePath="/indicators" />
      </div>
      <IndicatorTable indicators={indicators} showDepartment={whole} />
    </div>
  );
}
